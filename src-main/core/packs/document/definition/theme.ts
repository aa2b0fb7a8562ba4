import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';
import type { AssessmentStatus } from '../../../../api/schemas/assessment';
import type { FindingType } from '../../../../api/schemas/findings';
import type { ReadinessSeverity } from '../../../../api/schemas/readiness';

/**
 * The pack's look: one sans-serif family (DejaVu Sans, which covers Latin, Greek and Cyrillic),
 * its monospaced sibling for fingerprints, a short type scale, dark ink on white, one restrained
 * accent and a colour per assessment status that stays readable in greyscale print.
 */
export const BODY_FONT = 'DejaVuSans';
export const MONO_FONT = 'DejaVuSansMono';

export const colour = {
  ink: '#1d2733',
  muted: '#5b6673',
  faint: '#8a94a0',
  rule: '#d5dbe3',
  panel: '#f2f4f7',
  accent: '#1f4e79',
  accentSoft: '#e7eef6',
  internal: '#fff6e0',
  internalRule: '#e2b33c',
} as const;

export const statusColour: Record<AssessmentStatus, string> = {
  conforming: '#2f7d4f',
  partially_conforming: '#c58a12',
  nonconforming: '#b42318',
  operated_by_other_party: '#3b6fb6',
  not_assessed: '#c3cad3',
};

export const findingColour: Record<FindingType, string> = {
  major_nc: '#b42318',
  minor_nc: '#c58a12',
  observation: '#3b6fb6',
  opportunity: '#5b6673',
};

export const severityColour: Record<ReadinessSeverity, string> = {
  major: '#b42318',
  minor: '#c58a12',
  observation: '#3b6fb6',
};

/** Sizes in points. */
export const size = {
  coverTitle: 26,
  h1: 17,
  h2: 12,
  h3: 10,
  body: 8.5,
  small: 7.5,
  tiny: 6.5,
} as const;

/** A4 with room for the running header and footer. */
export const PAGE_MARGINS: [number, number, number, number] = [50, 62, 50, 54];
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const styles: StyleDictionary = {
  h1: { fontSize: size.h1, bold: true, color: colour.ink, margin: [0, 0, 0, 10] },
  h2: { fontSize: size.h2, bold: true, color: colour.ink, margin: [0, 14, 0, 6] },
  h3: { fontSize: size.h3, bold: true, color: colour.ink, margin: [0, 10, 0, 4] },
  lead: { fontSize: size.body + 0.5, color: colour.muted, lineHeight: 1.3, margin: [0, 0, 0, 10] },
  label: { fontSize: size.tiny, bold: true, color: colour.muted, characterSpacing: 0.6 },
  small: { fontSize: size.small },
  muted: { color: colour.muted },
  tableHeader: { fontSize: size.small, bold: true, color: colour.muted },
  tableBody: { fontSize: size.small },
  mono: { font: MONO_FONT, fontSize: size.tiny + 0.5, color: colour.ink },
  empty: { fontSize: size.body, italics: true, color: colour.muted, margin: [0, 2, 0, 8] },
  tocTitle: { fontSize: size.h1, bold: true, margin: [0, 0, 0, 12] },
  tocSection: { fontSize: size.body + 0.5, bold: true },
  tocClause: { fontSize: size.small + 0.5, color: colour.muted },
};

/**
 * Tables: horizontal rules only, a tinted header row, the header ruled off in the accent colour.
 * The same object is given to every table (layouts are functions, so they live in the
 * definition rather than in pdfmake's shared registry).
 */
export const dataTable: CustomTableLayout = {
  hLineWidth: (index, node) => {
    if (index === 0 || index === node.table.body.length) return 0.5;
    return index === (node.table.headerRows ?? 0) ? 0.8 : 0.4;
  },
  vLineWidth: () => 0,
  hLineColor: (index, node) => (index === (node.table.headerRows ?? 0) ? colour.accent : colour.rule),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  fillColor: (rowIndex, node) => (rowIndex < (node.table.headerRows ?? 0) ? colour.panel : null),
};

/** A table used only to place things side by side: no lines, no padding. */
export const plainLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
