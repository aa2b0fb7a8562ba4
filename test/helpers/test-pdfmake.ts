import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

/**
 * pdfmake set up for making test PDFs: pdfmake's own copy of Roboto, embedded in each PDF, and no
 * URL or other local file reachable. Shared by the test helpers that make PDFs.
 */
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));

export { pdfmake as testPdfmake };
