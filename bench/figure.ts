/** One measured figure of issue 7, next to its baseline from the same run. */
export interface Figure {
  id: number;
  title: string;
  value: number | null;
  unit: string;
  baseline: number | null;
  baselineLabel: string;
  /** value / baseline, when both are there. */
  ratio: number | null;
  target: string;
  pass: boolean;
  /** Further measured values that belong with the figure (peak memory, p50…). */
  details: Record<string, number | string | boolean | null>;
  error: string | null;
}

export function figure(
  partial: Omit<Figure, 'ratio' | 'error' | 'details'> & Partial<Pick<Figure, 'details' | 'ratio'>>,
): Figure {
  const ratio =
    partial.ratio !== undefined
      ? partial.ratio
      : partial.value !== null && partial.baseline !== null && partial.baseline !== 0
        ? partial.value / partial.baseline
        : null;
  return { details: {}, ...partial, ratio, error: null };
}

/** A figure whose measurement failed: recorded as missed, with what went wrong. */
export function failedFigure(id: number, title: string, target: string, error: unknown): Figure {
  return {
    id,
    title,
    value: null,
    unit: '',
    baseline: null,
    baselineLabel: '',
    ratio: null,
    target,
    pass: false,
    details: {},
    error: error instanceof Error ? error.message : String(error),
  };
}
