import { type PdfDict, PdfString, isName, type PdfValue } from './pdf/pdf-objects';
import type { PdfReader } from './pdf/pdf-reader';

/** A signature field of the document and the signature dictionary it holds. */
export interface SignatureField {
  fieldName: string;
  signature: PdfDict;
}

const MAX_FIELD_DEPTH = 32;

/**
 * The signed signature fields of the current revision: Root → /AcroForm → /Fields and their
 * /Kids, each field of type /Sig (the type may be inherited from a parent) with a value /V.
 */
export function findSignatures(reader: PdfReader): SignatureField[] {
  const root = reader.dict(reader.trailer.get('Root'));
  const form = reader.dict(root?.get('AcroForm'));
  const found: SignatureField[] = [];
  const seen = new Set<PdfDict>();

  const visit = (
    value: PdfValue | undefined,
    inheritedType: PdfValue | undefined,
    prefix: string,
    depth: number,
  ) => {
    const field = reader.dict(value);
    if (!field || seen.has(field) || depth > MAX_FIELD_DEPTH) return;
    seen.add(field);
    const type = field.get('FT') ?? inheritedType;
    const partial = reader.resolve(field.get('T'));
    const name = [prefix, partial instanceof PdfString ? partial.text() : ''].filter(Boolean).join('.');
    const signature = reader.dict(field.get('V'));
    if (isName(reader.resolve(type), 'Sig') && signature) found.push({ fieldName: name, signature });
    for (const kid of reader.array(field.get('Kids'))) visit(kid, type, name, depth + 1);
  };
  for (const field of reader.array(form?.get('Fields'))) visit(field, undefined, '', 0);
  return found;
}
