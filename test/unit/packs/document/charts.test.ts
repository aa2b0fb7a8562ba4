import { describe, expect, it } from 'vitest';
import { sparkColour, sparklineSvg } from '../../../../src-main/core/packs/document/charts/sparkline';
import { stackedBarSvg, TRACK_COLOUR } from '../../../../src-main/core/packs/document/charts/stacked-bar';

interface Shape {
  x: number;
  width: number;
  fill: string;
}

function rects(svg: string): Shape[] {
  return [
    ...svg.matchAll(/<rect x="([-\d.]+)" y="[-\d.]+" width="([-\d.]+)" height="[-\d.]+" fill="([^"]+)"/g),
  ].map(([, x, width, fill]) => ({ x: Number(x), width: Number(width), fill: fill! }));
}

function circles(svg: string) {
  return [...svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)" fill="([^"]+)"/g)].map(
    ([, cx, cy, r, fill]) => ({ cx: Number(cx), cy: Number(cy), r: Number(r), fill: fill! }),
  );
}

describe('the stacked bar of the readiness chart', () => {
  it('gives each status its share of the width, in order, edge to edge', () => {
    const svg = stackedBarSvg(
      [
        { value: 3, colour: 'green' },
        { value: 1, colour: 'blue' },
        { value: 0, colour: 'amber' },
        { value: 4, colour: 'grey' },
      ],
      { width: 200, height: 9 },
    );
    expect(svg).toMatch(/^<svg [^>]*width="200" height="9" viewBox="0 0 200 9">/);
    expect(rects(svg)).toEqual([
      { x: 0, width: 75, fill: 'green' },
      { x: 75, width: 25, fill: 'blue' },
      { x: 100, width: 100, fill: 'grey' },
    ]);
  });

  it('never leaves a gap or runs past the end when shares do not divide evenly', () => {
    const segments = [1, 1, 1, 1, 1, 1, 1].map((value, index) => ({ value, colour: `c${index}` }));
    const shapes = rects(stackedBarSvg(segments, { width: 100, height: 5 }));
    for (const [index, shape] of shapes.entries()) {
      if (index > 0) expect(shape.x).toBeCloseTo(shapes[index - 1]!.x + shapes[index - 1]!.width, 1);
    }
    expect(shapes.at(-1)!.x + shapes.at(-1)!.width).toBeCloseTo(100, 1);
  });

  it('shows an empty outlined track when there is nothing to count, so no items never looks complete', () => {
    for (const segments of [
      [],
      [{ value: 0, colour: 'green' }],
      [
        { value: -3, colour: 'green' },
        { value: Number.NaN, colour: 'red' },
      ],
    ]) {
      const svg = stackedBarSvg(segments, { width: 120, height: 8 });
      expect(rects(svg)).toEqual([{ x: 0.25, width: 119.5, fill: TRACK_COLOUR }]);
      expect(svg).toContain('stroke=');
    }
  });

  it('holds shapes only: labels are set as text beside it', () => {
    const svg = stackedBarSvg([{ value: 2, colour: 'green' }], { width: 50, height: 5 });
    expect(svg).not.toMatch(/<text|font/);
  });
});

describe('the trend sparkline of a target', () => {
  const size = { width: 64, height: 16 };

  it('is nothing at all without a value to draw, so the table can say so in words', () => {
    expect(sparklineSvg([], 99.9, size)).toBeNull();
    expect(sparklineSvg([{ value: Number.NaN, met: null }], null, size)).toBeNull();
  });

  it('draws a single period as a dot in the middle, without a line', () => {
    const svg = sparklineSvg([{ value: 99.5, met: false }], 99.9, size)!;
    expect(svg).not.toContain('<polyline');
    expect(circles(svg)).toEqual([{ cx: 32, cy: expect.any(Number), r: 1.6, fill: sparkColour.breached }]);
  });

  it('spreads the periods across the width, oldest first, with a dot on every miss and on the latest', () => {
    const points = Array.from({ length: 12 }, (_, index) => ({ value: 95 + index, met: index % 3 !== 0 }));
    const svg = sparklineSvg(points, 100, size)!;
    const line = /<polyline points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((pair) => pair.split(',').map(Number));
    expect(line).toHaveLength(12);
    expect(line[0]![0]).toBe(2);
    expect(line.at(-1)![0]).toBe(62);
    expect(line.map(([x]) => x)).toEqual([...line.map(([x]) => x)].sort((a, b) => a! - b!));
    // Higher values sit higher on the page (smaller y).
    expect(line[0]![1]).toBeGreaterThan(line.at(-1)![1]!);

    const dots = circles(svg);
    const missed = points.flatMap(({ met }, index) => (met ? [] : [index]));
    expect(dots.map((dot) => dot.cx)).toEqual([...missed.map((index) => line[index]![0]), 62]);
    expect(dots.map((dot) => dot.fill)).toEqual([...missed.map(() => sparkColour.breached), sparkColour.met]);
    expect(dots.map((dot) => dot.r)).toEqual([...missed.map(() => 1), 1.6]);
  });

  it('keeps the threshold in view, even far from the values, and every mark inside the box', () => {
    const svg = sparklineSvg(
      [
        { value: 2, met: true },
        { value: 3, met: true },
      ],
      15,
      size,
    )!;
    const level = Number(/<line x1="0" y1="([\d.]+)"/.exec(svg)![1]);
    expect(level).toBe(2);
    const ys = /<polyline points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((pair) => Number(pair.split(',')[1]));
    for (const y of ys) {
      expect(y).toBeGreaterThan(level);
      expect(y).toBeLessThanOrEqual(size.height);
    }
  });

  it('puts a flat series in the middle rather than on an edge, and colours an unjudged target neutrally', () => {
    const svg = sparklineSvg(
      [
        { value: 4, met: null },
        { value: 4, met: null },
        { value: 4, met: null },
      ],
      null,
      size,
    )!;
    const line = /<polyline points="([^"]+)"/.exec(svg)![1]!;
    expect(line).toBe('2,8 32,8 62,8');
    expect(circles(svg)).toEqual([{ cx: 62, cy: 8, r: 1.6, fill: sparkColour.unjudged }]);
    expect(svg).not.toContain('<line');
  });

  it('handles a flat series of zeros and negative values without dividing by zero', () => {
    for (const value of [0, -12.5]) {
      const svg = sparklineSvg(
        [
          { value, met: true },
          { value, met: true },
        ],
        null,
        size,
      )!;
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });
});
