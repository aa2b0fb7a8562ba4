import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readElement } from '../../../src-main/core/packs/identity/der-reader';
import { PdfRef, PdfString, PdfStream } from '../../../src-main/core/packs/verify/pdf/pdf-objects';
import { PdfReader } from '../../../src-main/core/packs/verify/pdf/pdf-reader';
import { findSignatures } from '../../../src-main/core/packs/verify/find-signatures';
import { pdfDate, pdfDict, pdfRef, pdfText } from '../../../src-main/core/packs/pdf-write/pdf-syntax';
import { revisionOf } from '../../../src-main/core/packs/pdf-write/revision';
import { buildCadesSignature, type SigningKey } from '../../../src-main/core/packs/sign/cades-signature';

/** Runs an independent tool (poppler, qpdf, openssl) and returns what a person would see. */
export function run(
  command: string,
  args: string[],
  options: { input?: Buffer; env?: NodeJS.ProcessEnv } = {},
) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    input: options.input,
    env: options.env ?? process.env,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function writeTemp(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** pdfsig's report of a file (poppler/NSS), stdout and stderr together. */
export function pdfsig(file: string): string {
  const result = run('pdfsig', [file]);
  return result.stdout + result.stderr;
}

/** Whether pdfsig accepts the file as validly and totally signed. */
export function pdfsigAccepts(file: string): boolean {
  const report = pdfsig(file);
  return (
    report.includes('Signature is Valid.') &&
    report.includes('Total document signed') &&
    !report.includes('Not total')
  );
}

/** The signature dictionary's /Contents of a signed PDF: where its hex string lies, and the DER. */
export function signatureContents(pdf: Buffer): { start: number; end: number; der: Buffer } {
  const [field] = findSignatures(new PdfReader(pdf));
  const contents = field?.signature.get('Contents');
  if (!(contents instanceof PdfString)) throw new Error('no signature contents');
  return { start: contents.start, end: contents.end, der: readElement(contents.bytes).bytes };
}

/** An attachment's file specification (its object number) and where its raw stream data lies. */
export function locateAttachment(
  pdf: Buffer,
  attachmentName: string,
): { fileSpecNum: number; dataStart: number } {
  const reader = new PdfReader(pdf);
  const root = reader.dict(reader.trailer.get('Root'));
  const tree = reader.dict(reader.dict(root?.get('Names'))?.get('EmbeddedFiles'));
  const pairs = reader.array(tree?.get('Names'));
  for (let index = 0; index < pairs.length; index += 2) {
    const key = pairs[index];
    const specification = pairs[index + 1];
    if (key instanceof PdfString && key.text() === attachmentName && specification instanceof PdfRef) {
      const stream = reader.resolve(reader.dict(reader.dict(specification)?.get('EF'))?.get('F'));
      if (stream instanceof PdfStream) return { fileSpecNum: specification.num, dataStart: stream.dataStart };
    }
  }
  throw new Error(`no attachment ${attachmentName}`);
}

/**
 * Appends a well-formed incremental update (ISO 32000-1, 7.5.6) that adds or replaces objects, as
 * a PDF editor saving "in place" would: new object bodies, an xref section for them, and a trailer
 * pointing back to the previous one.
 */
export function appendIncrementalUpdate(pdf: Buffer, objects: { num: number; body: string }[]): Buffer {
  const reader = new PdfReader(pdf);
  const previousXref = Number(
    /startxref\s+(\d+)/.exec(pdf.toString('latin1', pdf.lastIndexOf('startxref')))![1],
  );
  const size = reader.trailer.get('Size') as number;
  const root = reader.trailer.get('Root') as PdfRef;
  const parts: Buffer[] = [pdf, Buffer.from('\n')];
  let offset = pdf.length + 1;
  const rows: string[] = ['xref', '0 1', '0000000000 65535 f '];
  for (const object of objects) {
    const text = Buffer.from(`${object.num} 0 obj\n${object.body}\nendobj\n`, 'latin1');
    rows.push(`${object.num} 1`, `${String(offset).padStart(10, '0')} 00000 n `);
    parts.push(text);
    offset += text.length;
  }
  const newSize = Math.max(size, ...objects.map((object) => object.num + 1));
  parts.push(
    Buffer.from(
      `${rows.join('\n')}\ntrailer\n<< /Size ${newSize} /Root ${root.num} ${root.gen} R /Prev ${previousXref} >>\nstartxref\n${offset}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

/** The trailer's /Size: the next free object number. */
export function nextObjectNumber(pdf: Buffer): number {
  return new PdfReader(pdf).trailer.get('Size') as number;
}

/** Where the content stream of the first page lies. */
export function firstPageContentOffset(pdf: Buffer): number {
  const reader = new PdfReader(pdf);
  const root = reader.dict(reader.trailer.get('Root'));
  const pages = reader.dict(root?.get('Pages'));
  const page = reader.dict(reader.array(pages?.get('Kids'))[0]);
  const contents = reader.resolve(page?.get('Contents'));
  if (!(contents instanceof PdfStream)) throw new Error('no page content stream');
  return contents.dataStart;
}

export function flipByte(pdf: Buffer, offset: number): Buffer {
  const copy = Buffer.from(pdf);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

/**
 * The pack as it was before its signature was added: the document and its attachments, cut at the
 * end of the revision the signature's incremental update extends (the signature "removed").
 */
export function unsignedRevision(pdf: Buffer): Buffer {
  const { start } = signatureContents(pdf);
  const end = pdf.lastIndexOf('%%EOF', start);
  if (end === -1) throw new Error('no revision before the signature');
  return pdf.subarray(0, end + 5 + (pdf[end + 5] === 0x0a ? 1 : 0));
}

/**
 * Adds a second, valid PAdES signature over the whole file as a further incremental update, as a
 * PDF editor counter-signing it would: a new field joins the form and the first page, and its
 * ByteRange covers everything, so the first signature no longer does.
 */
export function countersign(pdf: Buffer, identity: SigningKey, signingTime: Date): Buffer {
  const reader = new PdfReader(pdf);
  const form = reader.dict(reader.dict(reader.trailer.get('Root'))?.get('AcroForm'));
  const formRef = reader.dict(reader.trailer.get('Root'))?.get('AcroForm');
  if (!form || !(formRef instanceof PdfRef)) throw new Error('the document has no form to join');
  const fields = reader.array(form.get('Fields')).map((field) => (field as PdfRef).num);
  const base = revisionOf(pdf);
  const signature = nextObjectNumber(pdf);
  const widget = signature + 1;
  const annotations = base.firstPage.entries.get('Annots') ?? '[]';
  const page = new Map(base.firstPage.entries).set(
    'Annots',
    `${annotations.slice(0, -1)} ${pdfRef(widget)}]`,
  );
  const placeholder = '0'.repeat(2 * 8192);
  const slot = `[0 ${' '.repeat(10)} ${' '.repeat(10)} ${' '.repeat(10)}]`;
  const updated = appendIncrementalUpdate(pdf, [
    {
      num: signature,
      body: pdfDict([
        ['Type', '/Sig'],
        ['Filter', '/Adobe.PPKLite'],
        ['SubFilter', '/ETSI.CAdES.detached'],
        ['ByteRange', slot],
        ['Contents', `<${placeholder}>`],
        ['M', pdfDate(signingTime)],
        ['Name', pdfText('Second Signer')],
      ]),
    },
    {
      num: widget,
      body: pdfDict([
        ['Type', '/Annot'],
        ['Subtype', '/Widget'],
        ['FT', '/Sig'],
        ['Rect', '[0 0 0 0]'],
        ['V', pdfRef(signature)],
        ['T', pdfText('Signature2')],
        ['F', '4'],
        ['P', pdfRef(base.firstPage.num)],
      ]),
    },
    { num: base.firstPage.num, body: pdfDict(page) },
    {
      num: formRef.num,
      body: pdfDict([
        ['Fields', `[${[...fields, widget].map(pdfRef).join(' ')}]`],
        ['SigFlags', '3'],
      ]),
    },
  ]);
  const contentsStart = updated.lastIndexOf(`<${placeholder}>`);
  const contentsEnd = contentsStart + placeholder.length + 2;
  const range = [contentsStart, contentsEnd, updated.length - contentsEnd].map((value) =>
    String(value).padEnd(10, ' '),
  );
  const slotAt = updated.lastIndexOf(slot);
  updated.write(`[0 ${range.join(' ')}]`, slotAt, 'latin1');
  const cms = buildCadesSignature(
    Buffer.concat([updated.subarray(0, contentsStart), updated.subarray(contentsEnd)]),
    identity,
  );
  updated.write(cms.toString('hex'), contentsStart + 1, 'latin1');
  return updated;
}
