import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PackData } from '../pack-data';
import { parsePackMeta, type PackMetaInput } from '../pack-meta';
import { clauseSections } from './clause-sections';
import { tableOfContents } from './contents';
import { coverPage } from './cover';
import { findingsSection } from './findings-section';
import { manifestSection } from './manifest-section';
import { pageFooter, pageHeader } from './page-frame';
import { registerSections } from './register-sections';
import { summarySection } from './summary-section';
import { BODY_FONT, colour, PAGE_MARGINS, size, styles } from './theme';

/**
 * The pack as a pdfmake document definition: cover, contents, summary, one section per included
 * clause, findings, register extracts and the evidence manifest. A pure function of the data and
 * the pack's id, time and signer: it reads nothing and writes nothing, so it can be tested on its
 * own and run wherever the data is. Evidence files are not part of the definition; the renderer
 * attaches them.
 */
export function buildPackDefinition(data: PackData, metaInput: PackMetaInput): TDocumentDefinitions {
  const meta = parsePackMeta(metaInput);
  const client = data.engagement.clientOrganisation;
  return {
    version: '1.7',
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    language: 'en-GB',
    info: {
      title: `Evidence pack — ${client}`,
      author:
        meta.signer.organisation === ''
          ? meta.signer.name
          : `${meta.signer.name}, ${meta.signer.organisation}`,
      subject: `${data.library.standard} audit evidence pack ${meta.packId}`,
      keywords: `${data.library.standard}, evidence pack, ${meta.packId}`,
      creator: 'Clausebook',
      producer: 'Clausebook (pdfmake)',
      creationDate: new Date(meta.generatedAt),
    },
    header: pageHeader(client, meta.packId),
    footer: pageFooter(meta.generatedAt),
    defaultStyle: { font: BODY_FONT, fontSize: size.body, color: colour.ink, lineHeight: 1.15 },
    styles,
    content: [
      ...coverPage(data, meta),
      tableOfContents(),
      ...summarySection(data),
      ...clauseSections(data),
      ...findingsSection(data),
      ...registerSections(data),
      ...manifestSection(data),
    ],
  };
}
