import { rect, svgDocument } from './svg';

export interface BarSegment {
  value: number;
  colour: string;
}

export interface BarSize {
  width: number;
  height: number;
}

/** The colour of the empty track: what a bar with nothing to show looks like. */
export const TRACK_COLOUR = '#eef1f4';
const TRACK_OUTLINE = '#d5dbe3';

/**
 * A horizontal bar split into segments in proportion to their values, left to right in the order
 * given, filling the whole width (shares, not counts). With nothing to show (no segments, or all
 * zero) it is an empty outlined track, so that "no items" never looks like "all conforming".
 * Negative or non-finite values count as zero.
 */
export function stackedBarSvg(segments: readonly BarSegment[], { width, height }: BarSize): string {
  const values = segments.map(({ value }) => (Number.isFinite(value) && value > 0 ? value : 0));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) {
    return svgDocument(width, height, [
      rect(
        0.25,
        0.25,
        width - 0.5,
        height - 0.5,
        `fill="${TRACK_COLOUR}" stroke="${TRACK_OUTLINE}" stroke-width="0.5"`,
      ),
    ]);
  }
  const shapes: string[] = [];
  let x = 0;
  let sum = 0;
  segments.forEach((segment, index) => {
    const value = values[index] ?? 0;
    if (value === 0) return;
    sum += value;
    // Each edge is placed by the running total, so rounding never leaves a gap or overruns the end.
    const end = (sum / total) * width;
    shapes.push(rect(x, 0, end - x, height, `fill="${segment.colour}"`));
    x = end;
  });
  return svgDocument(width, height, shapes);
}
