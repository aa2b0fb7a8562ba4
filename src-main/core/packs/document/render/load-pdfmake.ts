import type * as PdfMakeApi from 'pdfmake';

/** The parts of pdfmake's Node build the renderer uses that its type definitions leave out. */
export interface ServerPdfMake {
  createPdf: typeof PdfMakeApi.createPdf;
  setFonts: typeof PdfMakeApi.setFonts;
  setUrlAccessPolicy: typeof PdfMakeApi.setUrlAccessPolicy;
  setLocalAccessPolicy: typeof PdfMakeApi.setLocalAccessPolicy;
  setProgressCallback(callback: ((progress: number) => void) | undefined): void;
  /** pdfmake's in-memory file system, consulted before any path on disk. */
  virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Buffer): void;
  };
}

/**
 * pdfmake is large and only needed when a pack is written, so it is loaded on first use. Its Node
 * build is a CommonJS module exporting one object (a class instance, whose methods are on its
 * prototype): that object is the default export under Node's ESM loader and after bundling.
 */
export async function loadPdfMake(): Promise<ServerPdfMake> {
  const loaded = (await import('pdfmake')) as unknown as ServerPdfMake & { default?: ServerPdfMake };
  return loaded.default ?? loaded;
}
