import { createCipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { algorithm, bmpString, contextTag, integer, octetString, oid, sequence, set } from './asn1';
import { OID } from './oids';
import { pkcs12MacKey, type MacDigest } from './pkcs12-mac-key';

/**
 * Writes a PKCS#12 file (RFC 7292) holding one private key and its certificate chain.
 *
 * forge's own writer takes only RSA keys, MACs with SHA-1 and derives keys in JavaScript; this one
 * takes any PKCS#8 PrivateKeyInfo (RSA or EC, e.g. from an imported file) and uses current
 * algorithms, as OpenSSL 3 does by default: the key is encrypted with PBES2 (PBKDF2-HMAC-SHA256,
 * AES-256-CBC, in Node's native crypto) and the file's integrity MAC is HMAC-SHA256. The
 * passphrase is used as OpenSSL uses it (UTF-8 for PBKDF2, BMPString for the MAC), so other tools
 * open the file with the same passphrase. Certificates are public and stay unencrypted.
 */

// The MAC is a passphrase check too, so both counts must make guessing slow (OpenSSL's default is
// 2,048 for both). Both run on Node's native digests; the MAC's PKCS#12 KDF takes a few tens of
// milliseconds at this count on each create and unlock (see pkcs12-mac-key.ts).
const KEY_ITERATIONS = 600_000;
const MAC_ITERATIONS = 100_000;
const SALT_BYTES = 16;

export interface Pkcs12Input {
  /** The private key as unencrypted PKCS#8 PrivateKeyInfo DER. */
  privateKeyInfoDer: Uint8Array;
  /** The signer's certificate first, then any issuers. */
  certificatesDer: Uint8Array[];
  passphrase: string;
  friendlyName: string;
}

function dataContentInfo(content: Buffer): Buffer {
  return sequence(oid(OID.data), contextTag(0, octetString(content)));
}

function bagAttributes(localKeyId: Buffer, friendlyName: string): Buffer {
  return set(
    sequence(oid(OID.friendlyName), set(bmpString(friendlyName))),
    sequence(oid(OID.localKeyId), set(octetString(localKeyId))),
  );
}

/** EncryptedPrivateKeyInfo with PBES2 (RFC 8018): PBKDF2-HMAC-SHA256 and AES-256-CBC. */
function encryptPrivateKeyInfo(privateKeyInfoDer: Uint8Array, passphrase: string): Buffer {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, KEY_ITERATIONS, 32, 'sha256');
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(privateKeyInfoDer), cipher.final()]);
  const pbkdf2Parameters = sequence(
    octetString(salt),
    integer(KEY_ITERATIONS),
    integer(32),
    algorithm(OID.hmacWithSha256, true),
  );
  const pbes2Parameters = sequence(
    sequence(oid(OID.pbkdf2), pbkdf2Parameters),
    sequence(oid(OID.aes256Cbc), octetString(iv)),
  );
  return sequence(sequence(oid(OID.pbes2), pbes2Parameters), octetString(encrypted));
}

/** The PKCS#12 integrity MAC: HMAC keyed by the PKCS#12 KDF (RFC 7292 appendix B, ID 3). */
export function pkcs12Mac(
  content: Uint8Array,
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  digest: MacDigest,
): Buffer {
  return createHmac(digest, pkcs12MacKey(passphrase, salt, iterations, digest))
    .update(content)
    .digest();
}

export function writePkcs12(contents: Pkcs12Input): Buffer {
  const [signerCertificate] = contents.certificatesDer;
  if (signerCertificate === undefined) throw new Error('a PKCS#12 file needs the signer certificate');
  // localKeyId pairs the key with its certificate; by convention the certificate's SHA-1.
  const localKeyId = createHash('sha1').update(signerCertificate).digest();
  const attributes = bagAttributes(localKeyId, contents.friendlyName);

  const certificateBags = contents.certificatesDer.map((certificate, index) =>
    sequence(
      oid(OID.certBag),
      contextTag(0, sequence(oid(OID.x509CertificateBag), contextTag(0, octetString(certificate)))),
      index === 0 ? attributes : undefined,
    ),
  );
  const keyBag = sequence(
    oid(OID.pkcs8ShroudedKeyBag),
    contextTag(0, encryptPrivateKeyInfo(contents.privateKeyInfoDer, contents.passphrase)),
    attributes,
  );
  const authenticatedSafeDer = sequence(
    dataContentInfo(sequence(...certificateBags)),
    dataContentInfo(sequence(keyBag)),
  );

  const macSalt = randomBytes(SALT_BYTES);
  const pfx = sequence(
    integer(3),
    sequence(oid(OID.data), contextTag(0, octetString(authenticatedSafeDer))),
    sequence(
      sequence(
        algorithm(OID.sha256, true),
        octetString(pkcs12Mac(authenticatedSafeDer, contents.passphrase, macSalt, MAC_ITERATIONS, 'sha256')),
      ),
      octetString(macSalt),
      integer(MAC_ITERATIONS),
    ),
  );
  return pfx;
}
