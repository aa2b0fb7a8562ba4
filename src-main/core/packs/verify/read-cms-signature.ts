import forge from 'node-forge';
import { child, elementChildren, readElement, type DerElement } from '../identity/der-reader';
import { OID } from '../identity/oids';
import { readCertificateFields } from '../identity/x509-name';

/** The parts of a CMS SignedData (RFC 5652) that verifying a PDF signature needs, as exact bytes. */
export interface CmsSignature {
  /** How many bytes of the signature value the CMS takes; the rest is padding. */
  encodedLength: number;
  certificatesDer: Buffer[];
  /** The certificate the SignerInfo names, when it is among the included ones. */
  signerCertificateDer: Buffer | null;
  digestAlgorithm: string;
  /** The signed attributes' DER as a SET OF (tag 0x31): the bytes the signature value covers. */
  signedAttributesDer: Buffer;
  /** Each signed attribute's values, by attribute type. */
  attributes: Map<string, DerElement[]>;
  signatureAlgorithm: string;
  signature: Buffer;
}

export function readOid(element: DerElement, what: string): string {
  if (element.tag !== 0x06) throw new Error(`${what} is not an object identifier`);
  return forge.asn1.derToOid(element.content.toString('binary'));
}

function expectTag(element: DerElement, tag: number, what: string): DerElement {
  if (element.tag !== tag) throw new Error(`${what} is malformed`);
  return element;
}

/** Parses the signature value of a PDF signature (its /Contents); throws Error naming what is wrong. */
export function readCmsSignature(contents: Buffer): CmsSignature {
  const contentInfo = expectTag(readElement(contents), 0x30, 'the signature');
  if (readOid(child(contentInfo, 0, 'the content type'), 'the content type') !== OID.signedData)
    throw new Error('it is not a CMS signed-data structure');
  const signedData = expectTag(
    child(child(contentInfo, 1, 'the signed data'), 0, 'the signed data'),
    0x30,
    'the signed data',
  );
  const parts = elementChildren(signedData);
  const certificatesDer = parts
    .filter((part) => part.tag === 0xa0)
    .flatMap((part) => elementChildren(part))
    .filter((certificate) => certificate.tag === 0x30)
    .map((certificate) => Buffer.from(certificate.bytes));
  const signerInfos = expectTag(parts[parts.length - 1] ?? contentInfo, 0x31, 'the signer information');
  const signerInfo = expectTag(
    child(signerInfos, 0, 'the signer information'),
    0x30,
    'the signer information',
  );
  const fields = elementChildren(signerInfo);

  const [, sid, digestAlgorithm, ...rest] = fields;
  if (!sid || !digestAlgorithm) throw new Error('the signer information is incomplete');
  const signedAttributes = rest[0]?.tag === 0xa0 ? rest.shift() : undefined;
  const [signatureAlgorithm, signatureValue] = rest;
  if (!signedAttributes) throw new Error('it has no signed attributes');
  if (!signatureAlgorithm || signatureValue?.tag !== 0x04) throw new Error('the signature value is missing');

  const attributes = new Map<string, DerElement[]>();
  for (const attribute of elementChildren(signedAttributes)) {
    const type = readOid(child(attribute, 0, 'an attribute type'), 'an attribute type');
    if (attributes.has(type)) throw new Error('a signed attribute appears twice');
    attributes.set(type, elementChildren(child(attribute, 1, 'an attribute value')));
  }

  return {
    encodedLength: contentInfo.bytes.length,
    certificatesDer,
    signerCertificateDer: findSigner(sid, certificatesDer),
    digestAlgorithm: readOid(child(digestAlgorithm, 0, 'the digest algorithm'), 'the digest algorithm'),
    signedAttributesDer: Buffer.concat([Buffer.of(0x31), signedAttributes.bytes.subarray(1)]),
    attributes,
    signatureAlgorithm: readOid(
      child(signatureAlgorithm, 0, 'the signature algorithm'),
      'the signature algorithm',
    ),
    signature: Buffer.from(signatureValue.content),
  };
}

/** The included certificate the signer identifier names (by issuer and serial number). */
function findSigner(sid: DerElement, certificatesDer: Buffer[]): Buffer | null {
  if (sid.tag !== 0x30) return certificatesDer.length === 1 ? certificatesDer[0]! : null;
  const issuer = child(sid, 0, 'the signer identifier').bytes;
  const serial = child(sid, 1, 'the signer identifier').content;
  for (const certificate of certificatesDer) {
    try {
      const fields = readCertificateFields(certificate);
      if (fields.issuerDer.equals(issuer) && fields.serialNumber.equals(serial)) return certificate;
    } catch {
      // An unreadable extra certificate cannot be the signer's; keep looking.
    }
  }
  return null;
}
