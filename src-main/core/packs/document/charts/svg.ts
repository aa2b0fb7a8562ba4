/**
 * The smallest SVG writer the pack's charts need. Charts hold shapes only, never text: pdfmake
 * draws SVG text with fonts it loads from disk by path, outside the pack's font set and access
 * policy, so every label is set as ordinary (searchable, extractable) text beside the chart.
 */

/** A coordinate or length, rounded to a hundredth of a point. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function svgDocument(width: number, height: number, shapes: readonly string[]): string {
  const w = num(width);
  const h = num(height);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${shapes.join('')}</svg>`;
}

export function rect(x: number, y: number, width: number, height: number, attributes: string): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ${attributes}/>`;
}
