import type { PdfSink } from './pdf-sink';
import { pdfDict, pdfRef } from './pdf-syntax';
import type { Revision } from './revision';

/**
 * One incremental update (ISO 32000-1, 7.5.6) written straight to the sink: new and replaced
 * objects, then a cross-reference section for exactly those objects and a trailer whose /Prev
 * points at the revision before. Nothing already written is touched.
 */
export class IncrementalUpdate {
  readonly #offsets = new Map<number, number>();
  #next: number;
  #openStream: number | null = null;

  constructor(
    private readonly sink: PdfSink,
    private readonly base: Revision,
    endsWithNewline: boolean,
  ) {
    this.#next = base.size;
    if (!endsWithNewline) sink.write('\n');
  }

  /** A new object number. */
  allocate(): number {
    const num = this.#next;
    this.#next += 1;
    return num;
  }

  /** Writes an object (new, or a new version of one of the base revision's). */
  object(num: number, body: string): void {
    this.#begin(num);
    this.sink.write(`${num} 0 obj\n${body}\nendobj\n`);
  }

  /** Starts a stream object; its data follows with streamData, in as many chunks as needed. */
  beginStream(num: number, dict: string): void {
    this.#begin(num);
    this.#openStream = num;
    this.sink.write(`${num} 0 obj\n${dict}\nstream\n`);
  }

  streamData(chunk: Buffer): void {
    if (this.#openStream === null) throw new Error('no stream is open');
    this.sink.write(chunk);
  }

  endStream(): void {
    this.#openStream = null;
    this.sink.write('\nendstream\nendobj\n');
  }

  /** Writes the cross-reference section and trailer; the result is the revision it ends. */
  finish(changes: { catalog?: Map<string, string>; firstPage?: Map<string, string> }): Revision {
    if (this.#openStream !== null) throw new Error('a stream is still open');
    const xrefOffset = this.sink.position;
    const size = Math.max(this.#next, this.base.size);
    this.sink.write(closingText(this.#offsets, this.base, size, xrefOffset));
    return {
      ...this.base,
      size,
      xrefOffset,
      catalog: changes.catalog ?? this.base.catalog,
      firstPage: changes.firstPage
        ? { num: this.base.firstPage.num, entries: changes.firstPage }
        : this.base.firstPage,
    };
  }

  #begin(num: number): void {
    if (this.#openStream !== null) throw new Error('a stream is still open');
    if (this.#offsets.has(num)) throw new Error(`object ${num} is written twice in one update`);
    this.#offsets.set(num, this.sink.position);
  }
}

/**
 * The end of an update: its cross-reference section (one subsection per run of consecutive
 * object numbers, 20-byte entries) and a trailer with /Prev pointing at the revision before.
 */
export function closingText(
  offsets: Map<number, number>,
  base: Revision,
  size: number,
  xrefOffset: number,
): string {
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  const lines: string[] = ['xref\n'];
  for (let from = 0; from < nums.length;) {
    let to = from + 1;
    while (to < nums.length && nums[to] === nums[to - 1]! + 1) to += 1;
    lines.push(`${nums[from]} ${to - from}\n`);
    for (const num of nums.slice(from, to))
      lines.push(`${String(offsets.get(num)).padStart(10, '0')} 00000 n \n`);
    from = to;
  }
  const trailer = pdfDict([
    ['Size', String(size)],
    ['Root', pdfRef(base.rootNum)],
    ...base.carried,
    ['Prev', String(base.xrefOffset)],
  ]);
  lines.push(`trailer\n${trailer}\nstartxref\n${xrefOffset}\n%%EOF\n`);
  return lines.join('');
}
