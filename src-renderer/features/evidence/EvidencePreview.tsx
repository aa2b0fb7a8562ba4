import { useEffect, useState } from 'react';
import type { Evidence } from '../../../src-main/api/schemas/evidence';
import { api } from '../../api/client';
import { DownloadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { failureMessage } from '../../api/api-error';
import { base64Bytes, mediaTypeLabel } from './evidence-format';
import { PdfPreview } from './PdfPreview';

const TEXT_LINES = 200;

type Shown =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'image'; url: string }
  | { kind: 'text'; text: string; more: number }
  | { kind: 'pdf'; data: Uint8Array<ArrayBuffer> }
  | { kind: 'none' };

/** Hands the file to the browser's download, from the bytes already fetched. */
function download(evidence: Evidence, bytes: Uint8Array<ArrayBuffer>) {
  const url = URL.createObjectURL(
    new Blob([bytes], { type: evidence.mediaType || 'application/octet-stream' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = evidence.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * What the file holds: an image from a blob: URL, the first lines of a text, a PDF's pages drawn by
 * pdf.js (the page's CSP allows no frames or plugins, so the browser's own viewer cannot be used),
 * and a download for everything.
 */
export function EvidencePreview({ evidence }: { evidence: Evidence }) {
  const [shown, setShown] = useState<Shown>({ kind: evidence.preview ? 'loading' : 'none' });
  const [bytes, setBytes] = useState<Uint8Array<ArrayBuffer> | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!evidence.preview) return;
    let cancelled = false;
    let url: string | null = null;
    api
      .call('evidence.content', { id: evidence.id })
      .then((content) => {
        if (cancelled) return;
        const data = base64Bytes(content.content);
        setBytes(data);
        if (evidence.preview === 'image') {
          url = URL.createObjectURL(new Blob([data], { type: content.mediaType }));
          setShown({ kind: 'image', url });
        } else if (evidence.preview === 'text') {
          const lines = new TextDecoder().decode(data).split(/\r?\n/);
          setShown({
            kind: 'text',
            text: lines.slice(0, TEXT_LINES).join('\n'),
            more: Math.max(0, lines.length - TEXT_LINES),
          });
        } else {
          setShown({ kind: 'pdf', data });
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setShown({ kind: 'failed', message: failureMessage(error) });
      });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidence.id, evidence.preview]);

  const onDownload = async () => {
    setDownloadFailure(null);
    try {
      const data = bytes ?? base64Bytes((await api.call('evidence.content', { id: evidence.id })).content);
      download(evidence, data);
    } catch (error) {
      setDownloadFailure(failureMessage(error));
    }
  };

  const downloadButton = (
    <button type="button" className="button" onClick={() => void onDownload()}>
      <DownloadIcon />
      Download
      <span className="visually-hidden"> {evidence.fileName}</span>
    </button>
  );

  return (
    <div className="evidence-preview" data-testid="evidence-preview">
      {shown.kind === 'loading' && <p className="card__empty">Loading the preview…</p>}
      {shown.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          The preview could not be shown. {shown.message}
        </p>
      )}
      {shown.kind === 'image' && (
        <img className="evidence-preview__image" src={shown.url} alt={`Preview of ${evidence.fileName}`} />
      )}
      {shown.kind === 'text' && (
        <>
          <pre
            className="evidence-preview__text"
            tabIndex={0}
            aria-label={`First lines of ${evidence.fileName}`}
          >
            {shown.text}
          </pre>
          {shown.more > 0 && (
            <p className="evidence-preview__note">
              The first {TEXT_LINES} lines; {shown.more.toLocaleString('en-GB')} more in the file.
            </p>
          )}
        </>
      )}
      {shown.kind === 'pdf' && (
        <PdfPreview key={evidence.id} bytes={shown.data} fileName={evidence.fileName} />
      )}
      {shown.kind === 'none' && (
        <div className="evidence-preview__card">
          <span className="evidence-preview__badge" aria-hidden="true">
            FILE
          </span>
          <div>
            <p className="evidence-preview__title">{evidence.fileName}</p>
            <p className="evidence-preview__note">
              {mediaTypeLabel(evidence.mediaType)} · {formatByteSize(evidence.sizeBytes)} · no preview for
              this type
            </p>
          </div>
        </div>
      )}
      <div className="evidence-preview__actions">{downloadButton}</div>
      {downloadFailure && (
        <p className="notice notice--error" role="alert">
          {downloadFailure}
        </p>
      )}
    </div>
  );
}
