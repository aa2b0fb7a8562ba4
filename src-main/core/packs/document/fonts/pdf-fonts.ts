import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { findAssetFolder } from '../../../../shared/asset-folder';
import { BODY_FONT, MONO_FONT } from '../definition/theme';

const FONT_FOLDER = path.join('assets', 'fonts', 'pdf');

/** The font files the pack is set in (DejaVu: Latin, Greek and Cyrillic), bundled with the app. */
export const PDF_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

/** The folder the PDF fonts ship in: assets/fonts/pdf at the root of the app. */
export function pdfFontFolder(start: string = __dirname): string {
  return findAssetFolder(FONT_FOLDER, start);
}

/** Where the fonts are put in pdfmake's in-memory file system: a name no real path can take. */
const VIRTUAL_PREFIX = 'clausebook-pdf-fonts';

let loaded: Record<string, Buffer> | null = null;

/** The font files' bytes by their names in pdfmake's virtual file system; read once per thread. */
export function pdfFontBytes(): Record<string, Buffer> {
  if (!loaded) {
    const folder = pdfFontFolder();
    loaded = Object.fromEntries(
      Object.values(PDF_FONT_FILES).map((file) => [
        `${VIRTUAL_PREFIX}/${file}`,
        readFileSync(path.join(folder, file)),
      ]),
    );
  }
  return loaded;
}

/** pdfmake's font dictionary, naming the fonts by their places in the virtual file system. */
export function pdfFontDictionary(): TFontDictionary {
  const at = (file: string) => `${VIRTUAL_PREFIX}/${file}`;
  return {
    [BODY_FONT]: {
      normal: at(PDF_FONT_FILES.regular),
      bold: at(PDF_FONT_FILES.bold),
      italics: at(PDF_FONT_FILES.italic),
      bolditalics: at(PDF_FONT_FILES.boldItalic),
    },
    // One face serves every style: fingerprints are never bold or italic.
    [MONO_FONT]: {
      normal: at(PDF_FONT_FILES.mono),
      bold: at(PDF_FONT_FILES.mono),
      italics: at(PDF_FONT_FILES.mono),
      bolditalics: at(PDF_FONT_FILES.mono),
    },
  };
}
