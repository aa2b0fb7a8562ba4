import { X509Certificate, constants, createHash, verify } from 'node:crypto';
import type { PdfSource } from './pdf/pdf-source';
import { describeCertificate, type CertificateInfo } from '../identity/certificate-info';
import { child, elementChildren, type DerElement } from '../identity/der-reader';
import { OID, digestNames } from '../identity/oids';
import type { SignatureField } from './find-signatures';
import type { PackCheck } from './pack-verification';
import { PdfString, isName } from './pdf/pdf-objects';
import { isNonNegativeInteger } from './pdf/pdf-parser';
import { parsePdfDate } from './pdf/pdf-date';
import { readCmsSignature, readOid, type CmsSignature } from './read-cms-signature';

export interface SignatureFindings {
  checks: PackCheck[];
  signer: CertificateInfo | null;
  signingTime: string | null;
  signerName: string | null;
  reason: string | null;
  location: string | null;
  coversWholeFile: boolean;
}

const PADES_SUBFILTER = 'ETSI.CAdES.detached';

function text(value: unknown): string | null {
  return value instanceof PdfString ? value.text() : null;
}

export type ByteRange = [number, number, number, number];

/** The signature's /ByteRange, when it is four non-negative integers. */
export function readByteRange(field: SignatureField): ByteRange | null {
  const range = field.signature.get('ByteRange');
  return Array.isArray(range) && range.length === 4 && range.every(isNonNegativeInteger)
    ? (range as ByteRange)
    : null;
}

/**
 * The ByteRange must leave out exactly the /Contents string and run to the end of the file. The
 * string itself is not signed, so it must hold nothing but the signature: zero padding after the
 * CMS and hex digits of one case (a digit's case changed after signing would otherwise go unseen).
 */
function wholeFileCheck(field: SignatureField, source: PdfSource, signatureLength: number | null): PackCheck {
  const fail = (message: string): PackCheck => ({ id: 'whole-file', ok: false, message });
  const contents = field.signature.get('Contents');
  const range = readByteRange(field);
  if (!range || !(contents instanceof PdfString) || !contents.hex)
    return fail('The signature does not say which bytes of the file it covers, so it protects nothing.');
  const [a, b, c, d] = range;
  if (a !== 0 || b !== contents.start || c !== contents.end)
    return fail(
      'The signature covers only part of the file: other parts could have been changed without trace.',
    );
  if (c + d < source.length)
    return fail(
      `${source.length - (c + d)} bytes were added to the end of the file after it was signed (an incremental update); what they change is not covered by the signature.`,
    );
  if (c + d > source.length)
    return fail('The file is shorter than when it was signed: part of it was cut off.');
  const hexText = source.read(contents.start + 1, contents.end - contents.start - 2).toString('latin1');
  const padding = signatureLength === null ? Buffer.alloc(0) : contents.bytes.subarray(signatureLength);
  if (!/^(?:[0-9a-f]*|[0-9A-F]*)$/.test(hexText) || padding.some((byte) => byte !== 0))
    return fail(
      'The space reserved for the signature was edited after signing: it holds more than the signature.',
    );
  return {
    id: 'whole-file',
    ok: true,
    message: 'The signature covers the whole file, apart from the signature value itself.',
  };
}

function attributeValue(cms: CmsSignature, type: string): DerElement | undefined {
  const values = cms.attributes.get(type);
  return values?.length === 1 ? values[0] : undefined;
}

/** The digest of the bytes a ByteRange covers, with the named hash (sha256, sha384, sha512). */
export type RangeDigest = (hash: string, range: ByteRange) => Buffer;

function contentCheck(
  cms: CmsSignature,
  length: number,
  range: ByteRange | null,
  digestOf: RangeDigest,
): PackCheck {
  const digestName = digestNames[cms.digestAlgorithm];
  const claimed = attributeValue(cms, OID.messageDigest);
  const inFile = range !== null && range[0] + range[1] <= range[2] && range[2] + range[3] <= length;
  if (!range || !inFile || !digestName || claimed?.tag !== 0x04)
    return {
      id: 'content-unchanged',
      ok: false,
      message: 'The signature does not record the content it signed in a form Clausebook can check.',
    };
  const actual = digestOf(digestName, range);
  return actual.equals(claimed.content)
    ? {
        id: 'content-unchanged',
        ok: true,
        message: 'The signed content is exactly as it was when it was signed.',
      }
    : {
        id: 'content-unchanged',
        ok: false,
        message: 'The document was changed after it was signed: its content no longer matches the signature.',
      };
}

function signatureValueCheck(cms: CmsSignature): PackCheck {
  const fail = (message: string): PackCheck => ({ id: 'signature-value', ok: false, message });
  if (!cms.signerCertificateDer)
    return fail('The signature does not include the certificate it was made with.');
  const publicKey = new X509Certificate(cms.signerCertificateDer).publicKey;
  const ecdsa: Record<string, string> = {
    [OID.ecdsaWithSha256]: 'sha256',
    [OID.ecdsaWithSha384]: 'sha384',
    [OID.ecdsaWithSha512]: 'sha512',
  };
  const rsa: Record<string, string | undefined> = {
    [OID.rsaEncryption]: digestNames[cms.digestAlgorithm],
    [OID.sha256WithRsa]: 'sha256',
    [OID.sha384WithRsa]: 'sha384',
    [OID.sha512WithRsa]: 'sha512',
  };
  const hash = rsa[cms.signatureAlgorithm] ?? ecdsa[cms.signatureAlgorithm];
  if (!hash) return fail('The signature uses an algorithm Clausebook cannot check.');
  const key =
    publicKey.asymmetricKeyType === 'rsa'
      ? { key: publicKey, padding: constants.RSA_PKCS1_PADDING }
      : publicKey;
  let verified: boolean;
  try {
    verified = verify(hash, cms.signedAttributesDer, key, cms.signature);
  } catch {
    verified = false;
  }
  return verified
    ? {
        id: 'signature-value',
        ok: true,
        message: "The signature was made with the private key of the signer's certificate.",
      }
    : fail('The signature value does not match: the signature was damaged or made by someone else.');
}

/** ESS signing-certificate-v2 (or v1): the certificate hash the signer committed to. */
function certificateBoundCheck(cms: CmsSignature): PackCheck {
  const fail = (message: string): PackCheck => ({ id: 'certificate-bound', ok: false, message });
  if (!cms.signerCertificateDer)
    return fail('The signature does not include the certificate it was made with.');
  const v2 = attributeValue(cms, OID.signingCertificateV2);
  const attribute = v2 ?? attributeValue(cms, OID.signingCertificate);
  if (!attribute)
    return fail(
      'The signature does not name the certificate it was made with, so the certificate could be swapped.',
    );
  let hash: string | undefined = v2 ? 'sha256' : 'sha1';
  let certificateHash: DerElement | undefined;
  try {
    // SigningCertificateV2 → certs → the first ESSCertIDv2: [hashAlgorithm (default SHA-256)] certHash …
    const parts = elementChildren(child(child(attribute, 0, 'the certificates'), 0, 'the certificate'));
    if (v2 && parts[0]?.tag === 0x30)
      hash = digestNames[readOid(child(parts.shift(), 0, 'the hash'), 'the hash')];
    certificateHash = parts[0];
  } catch {
    certificateHash = undefined;
  }
  if (!hash || certificateHash?.tag !== 0x04)
    return fail('The signature names its certificate in a form Clausebook cannot check.');
  return createHash(hash).update(cms.signerCertificateDer).digest().equals(certificateHash.content)
    ? {
        id: 'certificate-bound',
        ok: true,
        message: "The signer's certificate is the one the signer committed to when signing.",
      }
    : fail('The certificate in the signature is not the one the signer committed to: it was replaced.');
}

function padesCheck(field: SignatureField, cms: CmsSignature): PackCheck {
  const problems: string[] = [];
  if (!isName(field.signature.get('SubFilter'), PADES_SUBFILTER))
    problems.push(`its format is not ${PADES_SUBFILTER}`);
  if (!digestNames[cms.digestAlgorithm]) problems.push('it does not use SHA-256 or stronger');
  const contentType = attributeValue(cms, OID.contentType);
  if (contentType?.tag !== 0x06 || readOid(contentType, 'the content type') !== OID.data)
    problems.push('it does not state the content type');
  if (!cms.attributes.has(OID.signingCertificateV2))
    problems.push('it does not name its certificate (signing-certificate-v2)');
  if (cms.attributes.has(OID.signingTime))
    problems.push('it carries a signing time inside the signature, which PAdES forbids');
  return problems.length === 0
    ? {
        id: 'pades-baseline',
        ok: true,
        message:
          'The signature has the standard form PDF readers check (PAdES baseline, ETSI.CAdES.detached, SHA-256).',
      }
    : {
        id: 'pades-baseline',
        ok: false,
        message: `The signature does not have the PAdES baseline form: ${problems.join('; ')}.`,
      };
}

function periodCheck(signer: CertificateInfo | null, signingTime: string | null): PackCheck {
  if (!signer)
    return {
      id: 'certificate-period',
      ok: false,
      message: "The signer's certificate cannot be read, so its validity cannot be checked.",
    };
  const from = signer.notBefore.slice(0, 10);
  const to = signer.notAfter.slice(0, 10);
  if (!signingTime)
    return { id: 'certificate-period', ok: false, message: 'The signature does not state when it was made.' };
  return signingTime >= signer.notBefore && signingTime <= signer.notAfter
    ? {
        id: 'certificate-period',
        ok: true,
        message: `The certificate was valid (${from} to ${to}) at the signing time the signer states.`,
      }
    : {
        id: 'certificate-period',
        ok: false,
        message: `The stated signing time lies outside the certificate's validity (${from} to ${to}).`,
      };
}

const unreadable = (reason: string): PackCheck[] =>
  (['content-unchanged', 'signature-value', 'certificate-bound', 'pades-baseline'] as const).map((id) => ({
    id,
    ok: false,
    message: `The signature value is damaged and cannot be read (${reason}), so this cannot be checked.`,
  }));

/** The signature checks, from the document's signature fields (there must be exactly one). */
export function checkSignature(
  source: PdfSource,
  fields: SignatureField[],
  digestOf: RangeDigest,
): SignatureFindings {
  const [field] = fields;
  if (!field) throw new Error('checkSignature needs a signature field');
  const checks: PackCheck[] = [
    fields.length === 1
      ? { id: 'one-signature', ok: true, message: 'The document carries one digital signature.' }
      : {
          id: 'one-signature',
          ok: false,
          message: `The document carries ${fields.length} signatures; a Clausebook pack has exactly one, so it was changed after it was made. Only the first is checked here.`,
        },
  ];
  const signingTime = parsePdfDate(text(field.signature.get('M')) ?? '');
  const contents = field.signature.get('Contents');
  let cms: CmsSignature | null = null;
  let cmsProblem = 'it is missing';
  if (contents instanceof PdfString) {
    try {
      cms = readCmsSignature(contents.bytes);
    } catch (error) {
      cmsProblem = (error as Error).message;
    }
  }
  const whole = wholeFileCheck(field, source, cms?.encodedLength ?? null);
  checks.push(whole);

  let signer: CertificateInfo | null = null;
  if (cms?.signerCertificateDer) {
    try {
      signer = describeCertificate(cms.signerCertificateDer);
    } catch {
      signer = null;
    }
  }
  if (cms) {
    checks.push(
      contentCheck(cms, source.length, readByteRange(field), digestOf),
      signatureValueCheck(cms),
      certificateBoundCheck(cms),
      padesCheck(field, cms),
    );
  } else checks.push(...unreadable(cmsProblem));
  checks.push(periodCheck(signer, signingTime));

  return {
    checks,
    signer,
    signingTime,
    signerName: text(field.signature.get('Name')),
    reason: text(field.signature.get('Reason')),
    location: text(field.signature.get('Location')),
    coversWholeFile: whole.ok,
  };
}
