import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  attachStream,
  pdfName,
  writeEmbeddedStream,
  type AttachingDocument,
  type AttachmentReference,
} from '../../../../src-main/core/packs/document/render/embed-files';

/** A stand-in for pdfkit's document that records what is written to it. */
function recordingDocument() {
  const objects: { data: Record<string, unknown>; reference: AttachmentReference & { written?: Buffer } }[] =
    [];
  const named: [string, AttachmentReference][] = [];
  const document: AttachingDocument = {
    ref(data) {
      const reference: AttachmentReference & { written?: Buffer } = {
        compress: true,
        end(chunk) {
          reference.written = chunk;
        },
      };
      objects.push({ data: data as Record<string, unknown>, reference });
      return reference;
    },
    addNamedEmbeddedFile(name, ref) {
      named.push([name, ref]);
    },
  };
  return { document, objects, named };
}

const attachment = {
  name: 'EVD-008 Заметки по аудиту.txt',
  description: 'EVD-008: interview notes',
  mediaType: 'text/plain',
  created: new Date('2026-10-02T08:00:00Z'),
  modified: new Date('2026-10-02T08:00:00Z'),
};

describe('attaching a file to the PDF', () => {
  it('writes the bytes once, unchanged and undeflated, with their size, MD5 and dates', () => {
    const { document, objects } = recordingDocument();
    const bytes = Buffer.from('interview notes\n');
    const stream = writeEmbeddedStream(document, bytes, attachment);
    expect(objects).toHaveLength(1);
    expect(stream.compress).toBe(false);
    expect(objects[0]!.reference.written).toBe(bytes);
    expect(objects[0]!.data).toEqual({
      Type: 'EmbeddedFile',
      Subtype: 'text#2Fplain',
      Params: {
        Size: bytes.byteLength,
        CheckSum: createHash('md5').update(bytes).digest(),
        CreationDate: attachment.created,
        ModDate: attachment.modified,
      },
    });
  });

  it('lists a stream under the attachment’s name, so that files with the same content share one stream', () => {
    const { document, objects, named } = recordingDocument();
    const stream = writeEmbeddedStream(document, Buffer.from('same'), attachment);
    attachStream(document, stream, attachment);
    attachStream(document, stream, { ...attachment, name: 'EVD-009 copy.txt' });
    expect(named.map(([name]) => name)).toEqual(['EVD-008 Заметки по аудиту.txt', 'EVD-009 copy.txt']);
    const specifications = objects.slice(1).map(({ data }) => data);
    expect(specifications).toHaveLength(2);
    for (const specification of specifications) {
      expect(specification).toMatchObject({ Type: 'Filespec', EF: { F: stream, UF: stream } });
    }
    expect(String(specifications[0]!.UF)).toBe('EVD-008 Заметки по аудиту.txt');
    // Readers that know only byte-string names get an ASCII one: accents dropped, other letters as _.
    expect(String(specifications[0]!.F)).toBe('EVD-008 _______ __ ______.txt');
    attachStream(document, stream, { ...attachment, name: 'EVD-010 Café résumé.pdf' });
    expect(String(objects.at(-1)!.data.F)).toBe('EVD-010 Cafe resume.pdf');
    expect(String(specifications[0]!.Desc)).toBe('EVD-008: interview notes');
  });

  it('writes a media type as a PDF name, escaping what a name may not hold', () => {
    expect(pdfName('application/pdf')).toBe('application#2Fpdf');
    expect(pdfName('text/plain; charset=utf-8')).toBe('text#2Fplain;#20charset=utf-8');
    expect(pdfName('application/x-(odd)#1')).toBe('application#2Fx-#28odd#29#231');
  });
});
