import { createHash } from 'node:crypto';

/** The few pdfkit calls attaching a file needs (pdfmake hands out its pdfkit document). */
export interface AttachingDocument {
  ref(data: object): AttachmentReference;
  addNamedEmbeddedFile(name: string, ref: AttachmentReference): void;
}

export interface AttachmentReference {
  compress: boolean;
  end(chunk?: Buffer): void;
}

export interface Attachment {
  /** The name readers list it under (unique in the document). */
  name: string;
  description: string;
  mediaType: string;
  created: Date;
  modified: Date;
}

/**
 * Writes a file's bytes into the PDF as an embedded-file stream (ISO 32000-1, 7.11.4) and returns
 * it, so that other attachments with the same content can point at it rather than repeat it.
 *
 * The stream is stored as it is, not deflated: evidence is mostly compressed already (PDF, office
 * files, images), each file's bytes then appear in the pack exactly once and unchanged, and a
 * 100 MB file does not hold up the export while zlib finds nothing to gain.
 */
export function writeEmbeddedStream(document: AttachingDocument, bytes: Buffer, attachment: Attachment) {
  const stream = document.ref({
    Type: 'EmbeddedFile',
    Subtype: pdfName(attachment.mediaType || 'application/octet-stream'),
    Params: {
      Size: bytes.byteLength,
      // The MD5 of the content as a 16-byte string, as the PDF standard defines CheckSum.
      CheckSum: createHash('md5').update(bytes).digest(),
      CreationDate: attachment.created,
      ModDate: attachment.modified,
    },
  });
  stream.compress = false;
  stream.end(bytes);
  return stream;
}

/**
 * Lists an embedded-file stream in the document's EmbeddedFiles name tree under the attachment's
 * name, with its description: what a reader's attachments panel and `pdfdetach -list` show.
 */
export function attachStream(
  document: AttachingDocument,
  stream: AttachmentReference,
  attachment: Attachment,
): void {
  const specification = document.ref({
    Type: 'Filespec',
    // F is a byte string for older readers; UF carries the name in full Unicode.
    F: new String(asciiFallback(attachment.name)),
    UF: new String(attachment.name),
    EF: { F: stream, UF: stream },
    Desc: new String(attachment.description),
  });
  specification.end();
  document.addNamedEmbeddedFile(attachment.name, specification);
}

/** A media type as a PDF name: delimiters, "#" and bytes outside printable ASCII as #xx. */
export function pdfName(value: string): string {
  return Array.from(Buffer.from(value, 'utf8'))
    .map((byte) =>
      byte < 0x21 || byte > 0x7e || '#()<>[]{}/%'.includes(String.fromCharCode(byte))
        ? `#${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte),
    )
    .join('');
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
}
