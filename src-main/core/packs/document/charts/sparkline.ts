import { num, svgDocument } from './svg';

export interface SparkPoint {
  value: number;
  /** Whether the value met the target; null when the target cannot be judged. */
  met: boolean | null;
}

export interface SparkSize {
  width: number;
  height: number;
}

export const sparkColour = {
  line: '#5b6673',
  threshold: '#8a94a0',
  met: '#2f7d4f',
  breached: '#b42318',
  unjudged: '#5b6673',
} as const;

const PAD = 2;

/**
 * A small trend chart of a target's measured periods, oldest on the left: the values joined by a
 * line, a red dot on each period that missed the target, the latest period as a larger dot
 * coloured by its verdict, and the threshold as a dashed line. The vertical scale spans the values and the threshold, so
 * the line is always drawn in relation to the target; a flat series sits in the middle. Null when
 * there is nothing to draw (no finite value), so that the caller can say so in words.
 */
export function sparklineSvg(
  points: readonly SparkPoint[],
  threshold: number | null,
  { width, height }: SparkSize,
): string | null {
  const shown = points.filter(({ value }) => Number.isFinite(value));
  if (shown.length === 0) return null;
  const values = shown.map(({ value }) => value);
  if (threshold !== null && Number.isFinite(threshold)) values.push(threshold);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (high - low < 1e-9) {
    const spread = Math.abs(high) > 0 ? Math.abs(high) * 0.05 : 1;
    low -= spread;
    high += spread;
  }
  const y = (value: number) => PAD + (1 - (value - low) / (high - low)) * (height - 2 * PAD);
  const x = (index: number) =>
    shown.length === 1 ? width / 2 : PAD + (index / (shown.length - 1)) * (width - 2 * PAD);

  const shapes: string[] = [];
  if (threshold !== null && Number.isFinite(threshold)) {
    const level = num(y(threshold));
    shapes.push(
      `<line x1="0" y1="${level}" x2="${num(width)}" y2="${level}" stroke="${sparkColour.threshold}" stroke-width="0.5" stroke-dasharray="1.5,1.5"/>`,
    );
  }
  if (shown.length > 1) {
    const line = shown.map(({ value }, index) => `${num(x(index))},${num(y(value))}`).join(' ');
    shapes.push(
      `<polyline points="${line}" fill="none" stroke="${sparkColour.line}" stroke-width="0.75" stroke-linejoin="round"/>`,
    );
  }
  shown.forEach(({ value, met }, index) => {
    const latest = index === shown.length - 1;
    // Periods that met the target are the line itself; only misses and the latest get a dot, which
    // keeps a register of thousands of targets light to draw.
    if (!latest && met !== false) return;
    const colour = met === null ? sparkColour.unjudged : met ? sparkColour.met : sparkColour.breached;
    shapes.push(
      `<circle cx="${num(x(index))}" cy="${num(y(value))}" r="${latest ? 1.6 : 1}" fill="${colour}"/>`,
    );
  });
  return svgDocument(width, height, shapes);
}
