/**
 * Turns the core's job progress (a phase and a count within it) into one bar for the whole export
 * and a step in words. The core reports collect → layout → embed → write (the unsigned PDF) →
 * sign → write (the file); the first "write" is still part of making the document, so it is
 * told apart by whether signing has begun.
 */

export type ExportStep = 'collect' | 'layout' | 'embed' | 'assemble' | 'sign' | 'write' | 'done';

export interface ExportProgress {
  step: ExportStep;
  /** 0 to 100, never going back while one export runs. */
  percent: number;
  /** "3 of 6" for the embedding step; empty otherwise. */
  detail: string;
}

/** Where each step starts and ends on the bar: layout takes the longest. */
const span: Record<ExportStep, [number, number]> = {
  collect: [0, 5],
  layout: [5, 60],
  embed: [60, 80],
  assemble: [80, 86],
  sign: [86, 94],
  write: [94, 100],
  done: [100, 100],
};

export const stepWords: Record<ExportStep, string> = {
  collect: 'Gathering the workspace’s data',
  layout: 'Laying out the pages',
  embed: 'Embedding the evidence files',
  assemble: 'Assembling the PDF',
  sign: 'Signing the pack',
  write: 'Writing the file',
  done: 'Done',
};

export const initialProgress: ExportProgress = { step: 'collect', percent: 0, detail: '' };

/** The progress after the core reported `phase` with `done` of `total`, given where the bar stood. */
export function advanceProgress(
  previous: ExportProgress,
  report: { phase: string; done: number; total: number },
): ExportProgress {
  const signing = previous.step === 'sign' || previous.step === 'write';
  const step: ExportStep =
    report.phase === 'write'
      ? signing
        ? 'write'
        : 'assemble'
      : report.phase === 'collect' ||
          report.phase === 'layout' ||
          report.phase === 'embed' ||
          report.phase === 'sign'
        ? report.phase
        : previous.step;
  const [from, to] = span[step];
  const fraction = report.total > 0 ? Math.min(1, Math.max(0, report.done / report.total)) : 0;
  const percent = Math.max(previous.percent, Math.round(from + (to - from) * fraction));
  const detail = step === 'embed' && report.total > 1 ? `${report.done} of ${report.total - 1}` : '';
  return { step, percent, detail: detail && report.done < report.total ? detail : '' };
}

export const doneProgress: ExportProgress = { step: 'done', percent: 100, detail: '' };
