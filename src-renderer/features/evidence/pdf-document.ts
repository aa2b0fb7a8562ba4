/**
 * PDF pages drawn to a canvas with pdf.js. Loaded only when a PDF is previewed (PdfPreview
 * imports this module dynamically), so pdf.js stays out of the start-up bundle.
 *
 * Fitted to the app's Content-Security-Policy rather than the other way round:
 * - The worker is a file of our own build (Vite's `?url`), so it is same-origin for `worker-src
 *   'self'` in the browser and under clausebook://app alike; no blob: worker is needed.
 * - pdf.js 6 no longer compiles font glyphs with `new Function` (the old `isEvalSupported`
 *   option is gone with it), so nothing here needs 'unsafe-eval'.
 * - Nothing is fetched: the bytes are passed in, and the data pdf.js would fetch by URL (CMaps,
 *   the standard 14 fonts, WebAssembly decoders) is given no URL. Fonts a PDF does not embed are
 *   drawn with the system's fonts; JPEG 2000 images and ICC colour profiles are not decoded.
 */
import {
  GlobalWorkerOptions,
  PasswordException,
  VerbosityLevel,
  getDocument,
  type PDFDocumentProxy,
} from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Why a PDF could not be shown, in the terms the preview explains to the user. */
export type PdfProblem = 'damaged' | 'password';

export class PdfPreviewError extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PdfPreviewError';
  }
}

export interface PageDrawing {
  /** Resolves when the page is on the canvas, or once cancelled; rejects with PdfPreviewError. */
  done: Promise<void>;
  cancel(): void;
}

export interface OpenedPdf {
  pageCount: number;
  /** Draws a page (from 1) to fill `cssWidth` CSS pixels, sharp on this screen's pixel ratio. */
  drawPage(pageNumber: number, canvas: HTMLCanvasElement, cssWidth: number): PageDrawing;
  close(): Promise<void>;
}

function explained(error: unknown): PdfPreviewError {
  if (error instanceof PasswordException) {
    return new PdfPreviewError('password', 'The PDF is protected by a password.');
  }
  // InvalidPDFException and whatever else the parser throws: the file is not a readable PDF.
  return new PdfPreviewError('damaged', error instanceof Error ? error.message : String(error));
}

/** Opens a PDF from its bytes. pdf.js takes the buffer over to its worker, so pass a copy. */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  const loading = getDocument({
    data: bytes,
    // No URL for anything pdf.js would fetch (see above), and no WebAssembly: the CSP has no
    // 'wasm-unsafe-eval'.
    useWasm: false,
    useSystemFonts: true,
    // A file whose structure is broken is refused (InvalidPDFException); a page with a bad
    // drawing instruction is drawn as far as it goes, as any PDF reader would.
    verbosity: VerbosityLevel.ERRORS,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await loading.promise;
  } catch (error) {
    await loading.destroy().catch(() => undefined);
    throw explained(error);
  }
  return {
    pageCount: pdf.numPages,
    drawPage(pageNumber, canvas, cssWidth) {
      let cancelled = false;
      let cancelRender: (() => void) | null = null;
      const done = (async () => {
        const page = await pdf.getPage(pageNumber);
        if (cancelled) return;
        const natural = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: cssWidth / natural.width });
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        const rendering = page.render({
          canvas,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        cancelRender = () => rendering.cancel();
        await rendering.promise;
      })().catch((error: unknown) => {
        if (cancelled) return;
        throw explained(error);
      });
      return {
        done,
        cancel() {
          cancelled = true;
          cancelRender?.();
        },
      };
    },
    close: () => loading.destroy(),
  };
}
