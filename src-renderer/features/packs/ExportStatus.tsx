import { useId, useState } from 'react';
import type { PackExport } from '../../../src-main/api/schemas/packs';
import { navigateToHref } from '../../app/router/hash-route';
import { failureMessage } from '../../api/api-error';
import { DownloadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { formatTimestamp } from '../../shared/format/timestamp';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { CopyButton } from './CopyButton';
import { stepWords, type ExportProgress } from './export-progress';
import { usePackExportStore } from './pack-export-store';
import { clauseSummary, evidenceWords, packsFolderName } from './pack-format';
import { verifyHref } from './packs-routes';
import { useVerifyStore } from './verify-store';

function ProgressBar({ progress }: { progress: ExportProgress }) {
  const words = stepWords[progress.step] + (progress.detail ? ` (${progress.detail})` : '');
  return (
    <div className={progress.step === 'done' ? 'export-progress export-progress--done' : 'export-progress'}>
      <div className="export-progress__head">
        <span className="export-progress__step">{progress.step === 'done' ? words : `${words}…`}</span>
        <span className="export-progress__percent" aria-hidden="true">
          {progress.percent}%
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label="Pack export"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent}%: ${words}`}
      >
        <div className="progress__bar" style={{ width: `${progress.percent}%` }} />
      </div>
    </div>
  );
}

function ExportResult({ exported }: { exported: PackExport }) {
  const workspaceFile = useWorkspaceStore((state) => state.summary?.fileName ?? '');
  const [working, setWorking] = useState<'download' | 'verify' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = useId();

  const download = async () => {
    setWorking('download');
    setFailure(null);
    try {
      await usePackExportStore.getState().download(exported.id);
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setWorking(null);
    }
  };
  const verify = () => {
    // The report shows on the Verify tab, which says "Checking…" while the copy is fetched and checked.
    void useVerifyStore
      .getState()
      .verifyContent(
        exported.fileName,
        async () => (await usePackExportStore.getState().fetchPack(exported.id)).content,
      );
    navigateToHref(verifyHref);
  };

  return (
    <section className="pack-result" aria-labelledby={titleId}>
      <h3 className="pack-result__title" id={titleId}>
        <svg className="pack-result__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 8.5l2.5 2.5L12 5.5" />
        </svg>
        Pack signed and written
      </h3>
      <dl className="facts pack-result__facts">
        <div className="facts__row">
          <dt>File</dt>
          <dd className="facts__wrap facts__strong" data-testid="pack-file-name">
            {exported.fileName}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Written to</dt>
          <dd>the folder “{packsFolderName(workspaceFile)}” beside the workspace file</dd>
        </div>
        <div className="facts__row">
          <dt>Size</dt>
          <dd>{formatByteSize(exported.sizeBytes)}</dd>
        </div>
        <div className="facts__row">
          <dt>SHA-256</dt>
          <dd>
            <span className="facts__mono pack-result__hash">{exported.sha256}</span>
            <CopyButton value={exported.sha256} label="Copy the SHA-256 of the pack" />
          </dd>
        </div>
        <div className="facts__row">
          <dt>Pack id</dt>
          <dd className="facts__mono facts__wrap">{exported.packId}</dd>
        </div>
        <div className="facts__row">
          <dt>Contents</dt>
          <dd>
            Clauses {clauseSummary(exported.options.clauses)} · {evidenceWords(exported)} · internal notes{' '}
            {exported.options.includeInternalNotes ? 'included' : 'left out'}
          </dd>
        </div>
        <div className="facts__row">
          <dt>Signed</dt>
          <dd>
            {exported.signer.name}
            {exported.signer.organisation ? `, ${exported.signer.organisation}` : ''} ·{' '}
            {formatTimestamp(exported.createdAt)}
          </dd>
        </div>
      </dl>
      <div className="pack-result__actions">
        <button type="button" className="button" disabled={working !== null} onClick={() => void download()}>
          <DownloadIcon />
          {working === 'download' ? 'Downloading…' : 'Download a copy'}
        </button>
        <button type="button" className="button" disabled={working !== null} onClick={verify}>
          Verify it now
        </button>
      </div>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

/** How the export stands: its progress while it runs, the written pack when it is done. */
export function ExportStatus() {
  const job = usePackExportStore((state) => state.job);
  const progress = job.state === 'running' || job.state === 'done' ? job.progress : null;
  const words =
    job.state === 'starting'
      ? 'Unlocking the signing identity'
      : progress?.step === 'done'
        ? 'Done: the pack is signed and written.'
        : progress
          ? stepWords[progress.step]
          : '';
  return (
    <div className="export-status">
      {/* The step in words, announced as it changes; the bar's percentages are not read out each time. */}
      <p className="visually-hidden" aria-live="polite" data-testid="export-announcement">
        {words}
      </p>
      {job.state === 'starting' && (
        <p className="export-progress__step" aria-hidden="true">
          {words}…
        </p>
      )}
      {progress && <ProgressBar progress={progress} />}
      {job.state === 'done' && <ExportResult exported={job.export} />}
    </div>
  );
}
