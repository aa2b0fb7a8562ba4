import { createHash, sign, type KeyObject } from 'node:crypto';
import { algorithm, contextTag, derSetOf, integer, octetString, oid, sequence, set } from '../identity/asn1';
import { OID } from '../identity/oids';
import type { UnlockedIdentity } from '../identity/unlock-identity';
import { readCertificateFields } from '../identity/x509-name';

/**
 * The CMS SignedData of a PAdES baseline B-B signature (ETSI EN 319 142-1), detached, SHA-256.
 *
 * The signed attributes are exactly content-type, message-digest and ESS signing-certificate-v2
 * (which binds the signer's certificate into what is signed). There is deliberately no
 * signing-time attribute: PAdES puts the claimed time in the signature dictionary's /M instead.
 * forge's PKCS#7 writer adds signing-time and cannot add signing-certificate-v2, so the structure
 * is built here, following RFC 5652 (CMS) and RFC 5035 (ESS v2).
 */

/**
 * What signing needs from an unlocked identity (an UnlockedIdentity is one): plain values that
 * can also be handed to a worker thread.
 */
export type SigningKey = Pick<UnlockedIdentity, 'privateKey' | 'certificateDer' | 'chainDer'>;

function attribute(type: string, value: Buffer): Buffer {
  return sequence(oid(type), set(value));
}

/** SigningCertificateV2 with one ESSCertIDv2 (RFC 5035): the certificate's SHA-256 and issuer/serial. */
function signingCertificateV2(certificateDer: Buffer, issuerDer: Buffer, serialNumber: Buffer): Buffer {
  const certificateHash = createHash('sha256').update(certificateDer).digest();
  // issuerSerial: GeneralNames holding the issuer as a directoryName ([4], explicit around a Name).
  const issuerSerial = sequence(sequence(contextTag(4, issuerDer)), integer(serialNumber));
  // hashAlgorithm is left out: its DEFAULT is SHA-256, and DER omits default values.
  const essCertId = sequence(octetString(certificateHash), issuerSerial);
  return sequence(sequence(essCertId));
}

function signatureAlgorithm(key: KeyObject): Buffer {
  if (key.asymmetricKeyType === 'rsa') return algorithm(OID.rsaEncryption, true);
  if (key.asymmetricKeyType === 'ec') return algorithm(OID.ecdsaWithSha256, false);
  throw new Error(`cannot sign with a ${key.asymmetricKeyType ?? 'unknown'} key`);
}

/** Signs the bytes a PDF signature's ByteRange covers; returns the CMS ContentInfo (DER). */
export function buildCadesSignature(signedBytes: Uint8Array, identity: SigningKey): Buffer {
  return buildCadesSignatureOfDigest(createHash('sha256').update(signedBytes).digest(), identity);
}

/**
 * The same signature from the SHA-256 of the signed bytes, for a signer that hashed them as they
 * were written (a large pack is never in memory whole).
 */
export function buildCadesSignatureOfDigest(messageDigest: Buffer, identity: SigningKey): Buffer {
  const { certificateDer, chainDer, privateKey } = identity;
  const { issuerDer, serialNumber } = readCertificateFields(certificateDer);

  const signedAttributes = derSetOf([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(messageDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificateDer, issuerDer, serialNumber)),
  ]);
  // The signature covers the attributes' DER as a SET (tag 0x31); in SignerInfo they are [0] IMPLICIT.
  const signature = sign('sha256', signedAttributes, privateKey);
  const signedAttributesField = Buffer.concat([Buffer.of(0xa0), signedAttributes.subarray(1)]);

  const signerInfo = sequence(
    integer(1), // version 1: the signer is named by issuer and serial number
    sequence(issuerDer, integer(serialNumber)),
    algorithm(OID.sha256, false),
    signedAttributesField,
    signatureAlgorithm(privateKey),
    octetString(signature),
  );
  const signedData = sequence(
    integer(1),
    set(algorithm(OID.sha256, false)),
    sequence(oid(OID.data)), // detached: the content is the PDF's byte ranges, not carried here
    contextTag(0, certificateDer, ...chainDer),
    set(signerInfo),
  );
  return sequence(oid(OID.signedData), contextTag(0, signedData));
}
