import { Asn1Type, children, parseDer, primitiveBytes, readOid, type Asn1 } from './asn1';
import { child, elementChildren, readElement } from './der-reader';
import { OID } from './oids';

/** One attribute of an X.509 distinguished name, its value decoded to text. */
export interface NameAttribute {
  oid: string;
  value: string;
}

const shortNames: Readonly<Record<string, string>> = {
  [OID.commonName]: 'CN',
  [OID.organisation]: 'O',
  [OID.organisationalUnit]: 'OU',
  [OID.country]: 'C',
  [OID.locality]: 'L',
  [OID.stateOrProvince]: 'ST',
  [OID.emailAddress]: 'E',
};

function decodeString(value: Asn1): string {
  // forge has already decoded a BMPString into a JS string.
  if (value.type === Asn1Type.BMPSTRING && typeof value.value === 'string') return value.value;
  const bytes = primitiveBytes(value, 'a name attribute');
  switch (value.type) {
    case Asn1Type.UTF8:
      return bytes.toString('utf8');
    default:
      // PrintableString, IA5String, TeletexString as used in practice: single-byte text.
      return bytes.toString('latin1');
  }
}

/** The attributes of a Name (SEQUENCE OF RelativeDistinguishedName), in order. */
export function readName(nameDer: Uint8Array): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const rdn of children(parseDer(nameDer), 'a distinguished name')) {
    for (const pair of children(rdn, 'a relative distinguished name')) {
      const [type, value] = children(pair, 'a name attribute');
      if (value === undefined) throw new Error('a name attribute has no value');
      attributes.push({ oid: readOid(type, 'a name attribute type'), value: decodeString(value) });
    }
  }
  return attributes;
}

/** "CN=Jane Doe, O=Acme Ltd, E=jane@example.com": the one-line form readers show. */
export function formatName(attributes: NameAttribute[]): string {
  return attributes.map(({ oid, value }) => `${shortNames[oid] ?? oid}=${value}`).join(', ');
}

export function nameValue(attributes: NameAttribute[], oid: string): string {
  return attributes.find((attribute) => attribute.oid === oid)?.value ?? '';
}

/** The parts of a certificate's to-be-signed body the app needs, as their exact DER bytes. */
export interface CertificateFields {
  /** The serial number's content octets (two's complement, as encoded). */
  serialNumber: Buffer;
  /** The issuer Name as encoded, for CMS issuerAndSerialNumber and ESS issuerSerial. */
  issuerDer: Buffer;
  subjectDer: Buffer;
}

export function readCertificateFields(certificateDer: Uint8Array): CertificateFields {
  const tbs = child(readElement(Buffer.from(certificateDer)), 0, "the certificate's body");
  const fields = elementChildren(tbs);
  // version is [0] EXPLICIT and optional; serial, signature algorithm, issuer, validity, subject follow.
  const start = fields[0]?.tag === 0xa0 ? 1 : 0;
  const serial = fields[start];
  const issuer = fields[start + 2];
  const subject = fields[start + 4];
  if (serial?.tag !== 0x02 || issuer?.tag !== 0x30 || subject?.tag !== 0x30)
    throw new Error('the certificate body is incomplete');
  return { serialNumber: serial.content, issuerDer: issuer.bytes, subjectDer: subject.bytes };
}
