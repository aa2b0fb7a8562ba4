import { useEffect, useRef, useState } from 'react';
import type { OpenedPdf, PdfProblem } from './pdf-document';

/** The widest a page is drawn, in CSS pixels; narrower when the card is. */
const MAX_PAGE_WIDTH = 720;

type Shown =
  | { kind: 'opening' }
  | { kind: 'ready'; pdf: OpenedPdf }
  | { kind: 'failed'; problem: PdfProblem | 'viewer'; detail: string };

const problemText: Record<PdfProblem | 'viewer', string> = {
  damaged:
    'This PDF could not be read: the file is damaged or incomplete. Download it to try another viewer, or ask for a fresh copy.',
  password: 'This PDF is protected by a password, so it cannot be previewed here. Download it to open it.',
  viewer: 'The PDF viewer could not be loaded.',
};

/**
 * A PDF's pages drawn one at a time on a canvas, with previous and next. pdf.js is loaded the
 * first time a PDF is shown, never at start-up; the page's CSP allows no plugin or frame to do this.
 */
export function PdfPreview({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  // Give each file its own instance (a `key`): the page number and the open document are per file.
  const [shown, setShown] = useState<Shown>({ kind: 'opening' });
  const [pageNumber, setPageNumber] = useState(1);
  // The page last drawn (or that failed to draw), with what went wrong; busy until it is the one asked for.
  const [drawn, setDrawn] = useState<{ page: number; problem: string | null } | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let current = true;
    let opened: OpenedPdf | null = null;
    import('./pdf-document')
      .then(
        ({ openPdf, PdfPreviewError }) =>
          // pdf.js hands the buffer to its worker; the caller keeps its own for the download.
          openPdf(bytes.slice()).then(
            (pdf) => {
              opened = pdf;
              if (current) setShown({ kind: 'ready', pdf });
              else void pdf.close();
            },
            (error: unknown) => {
              if (!current) return;
              setShown(
                error instanceof PdfPreviewError
                  ? { kind: 'failed', problem: error.problem, detail: error.message }
                  : { kind: 'failed', problem: 'damaged', detail: String(error) },
              );
            },
          ),
        (error: unknown) => {
          if (current) setShown({ kind: 'failed', problem: 'viewer', detail: String(error) });
        },
      )
      .catch(() => undefined);
    return () => {
      current = false;
      void opened?.close();
    };
  }, [bytes]);

  const pdf = shown.kind === 'ready' ? shown.pdf : null;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!pdf || !canvas) return;
    // The canvas is as wide as the frame allows (CSS caps it at the same maximum).
    const width = Math.min(MAX_PAGE_WIDTH, canvas.clientWidth || MAX_PAGE_WIDTH);
    const drawingNow = pdf.drawPage(pageNumber, canvas, width);
    let current = true;
    drawingNow.done.then(
      () => current && setDrawn({ page: pageNumber, problem: null }),
      (error: unknown) =>
        current &&
        setDrawn({ page: pageNumber, problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
      drawingNow.cancel();
    };
  }, [pdf, pageNumber]);

  if (shown.kind === 'failed') {
    return (
      <div className="notice notice--error pdf-preview__problem" role="alert">
        <p>{problemText[shown.problem]}</p>
        <p className="pdf-preview__detail">Reported by the PDF reader: {shown.detail}</p>
      </div>
    );
  }
  if (!pdf) return <p className="card__empty">Opening the PDF…</p>;

  const pageCount = pdf.pageCount;
  const drawing = drawn?.page !== pageNumber;
  const pageProblem = drawing ? null : (drawn?.problem ?? null);
  return (
    <div className="pdf-preview">
      <div className="pdf-preview__toolbar">
        <button
          type="button"
          className="button pdf-preview__turn"
          aria-label="Previous page"
          disabled={pageNumber <= 1}
          onClick={() => setPageNumber((page) => Math.max(1, page - 1))}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M9.5 3.5L5 8l4.5 4.5" />
          </svg>
        </button>
        <p className="pdf-preview__page" aria-live="polite" data-testid="pdf-page-number">
          Page {pageNumber} of {pageCount}
        </p>
        <button
          type="button"
          className="button pdf-preview__turn"
          aria-label="Next page"
          disabled={pageNumber >= pageCount}
          onClick={() => setPageNumber((page) => Math.min(pageCount, page + 1))}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6.5 3.5L11 8l-4.5 4.5" />
          </svg>
        </button>
      </div>
      {/* It scrolls when the page is taller than the card, so keyboard users can reach it too. */}
      <div
        className="pdf-preview__frame"
        tabIndex={0}
        role="group"
        aria-label={`${fileName}, scrollable page view`}
        aria-busy={drawing}
      >
        <canvas
          ref={canvasRef}
          className="pdf-preview__canvas"
          role="img"
          aria-label={`Page ${pageNumber} of ${pageCount} of ${fileName}`}
        />
      </div>
      {pageProblem && (
        <p className="notice notice--error" role="alert">
          Page {pageNumber} could not be drawn: the PDF is damaged there. ({pageProblem})
        </p>
      )}
    </div>
  );
}
