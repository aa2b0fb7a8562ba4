import { X509Certificate, createHash } from 'node:crypto';
import { z } from 'zod';
import { OID } from './oids';
import { formatName, nameValue, readCertificateFields, readName } from './x509-name';

/** What the app shows about a signing certificate: enough to recognise it, never the key. */
export const certificateInfoSchema = z.strictObject({
  subject: z.strictObject({ commonName: z.string(), organisation: z.string(), email: z.string() }),
  /** The issuer's distinguished name on one line ("CN=…, O=…"). */
  issuer: z.string(),
  /** Upper-case hex, as PDF readers and openssl show it. */
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  /** SHA-256 of the certificate, "AB:CD:…": the value an auditor compares with the one given to them. */
  fingerprintSha256: z.string(),
  selfSigned: z.boolean(),
});

export type CertificateInfo = z.infer<typeof certificateInfoSchema>;

/** A digest as upper-case hex pairs joined by colons. */
export function formatFingerprint(digest: Uint8Array): string {
  return (Buffer.from(digest).toString('hex').toUpperCase().match(/../g) ?? []).join(':');
}

export function certificateFingerprint(certificateDer: Uint8Array): string {
  return formatFingerprint(createHash('sha256').update(certificateDer).digest());
}

/** Reads a DER certificate; throws a plain Error when the bytes are not one. */
export function describeCertificate(certificateDer: Uint8Array): CertificateInfo {
  const certificate = new X509Certificate(certificateDer);
  const { subjectDer, issuerDer } = readCertificateFields(certificateDer);
  const subjectAttributes = readName(subjectDer);
  const email =
    nameValue(subjectAttributes, OID.emailAddress) ||
    (certificate.subjectAltName?.match(/email:([^,\s]+)/)?.[1] ?? '');
  return {
    subject: {
      commonName: nameValue(subjectAttributes, OID.commonName),
      organisation: nameValue(subjectAttributes, OID.organisation),
      email,
    },
    issuer: formatName(readName(issuerDer)),
    serialNumber: certificate.serialNumber.toUpperCase(),
    notBefore: certificate.validFromDate.toISOString(),
    notAfter: certificate.validToDate.toISOString(),
    fingerprintSha256: certificateFingerprint(certificateDer),
    // Not X509Certificate.checkIssued: OpenSSL also wants keyCertSign there, which signers lack.
    selfSigned: issuerDer.equals(subjectDer) && certificate.verify(certificate.publicKey),
  };
}

/** The certificate in PEM, to hand to an auditor. Only ever the certificate: there is no key here. */
export function certificatePem(certificateDer: Uint8Array): string {
  const base64 = Buffer.from(certificateDer).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
