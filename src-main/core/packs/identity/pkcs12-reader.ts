import { createDecipheriv, createHmac, createPrivateKey, pbkdf2, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import {
  Asn1Class,
  Asn1Type,
  children,
  der,
  fromBinary,
  isContextTag,
  parseDer,
  primitiveBytes,
  readInteger,
  readOid,
  toBinary,
  type Asn1,
} from './asn1';
import { OID } from './oids';
import { pkcs12MacKey, pkcs12MacKeyInSlices, type MacDigest } from './pkcs12-mac-key';

/**
 * Reads the keys and certificates out of a PKCS#12 file (RFC 7292), as OpenSSL, Windows and
 * certificate authorities write them, old (-legacy: RC2/3DES) and new (PBES2/AES).
 *
 * The file's MAC is checked first, so a wrong passphrase is told apart from a damaged file.
 * Private keys are decrypted by Node's native crypto (OpenSSL), which handles every PKCS#8
 * encryption in use without running key derivation in JavaScript; encrypted certificate
 * containers, which hold nothing secret, are decrypted with forge.
 */

export type Pkcs12Problem = 'wrong-passphrase' | 'malformed' | 'unsupported';

/** Why a PKCS#12 file could not be read; `problem` tells the caller which message to show. */
export class Pkcs12ReadError extends Error {
  constructor(
    readonly problem: Pkcs12Problem,
    message: string,
  ) {
    super(message);
  }
}

export interface Pkcs12Contents {
  privateKeys: KeyObject[];
  certificatesDer: Buffer[];
}

const macDigests: Readonly<Record<string, MacDigest>> = {
  [OID.sha1]: 'sha1',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

/** An OCTET STRING's content, also when BER splits it into a constructed string of pieces. */
function octets(value: Asn1 | undefined, what: string): Buffer {
  if (value === undefined) throw new Error(`${what} is missing`);
  if (typeof value.value === 'string') return fromBinary(value.value);
  return Buffer.concat(value.value.map((piece) => octets(piece, what)));
}

/** What checking the file's integrity MAC takes: the MAC key's derivation and the expected value. */
interface MacCheck {
  digest: MacDigest;
  salt: Buffer;
  iterations: number;
  expected: Buffer;
}

function readMacCheck(macData: Asn1): MacCheck {
  const [digestInfo, saltValue, iterationsValue] = children(macData, 'the MAC data');
  const [digestAlgorithm, digestValue] = children(digestInfo, 'the MAC');
  const digest = macDigests[readOid(children(digestAlgorithm, 'the MAC algorithm')[0], 'the MAC algorithm')];
  if (digest === undefined)
    throw new Pkcs12ReadError(
      'unsupported',
      'its integrity check uses an algorithm Clausebook does not support',
    );
  const iterations = iterationsValue ? readInteger(iterationsValue, 'the MAC iteration count') : 1;
  if (!(iterations >= 1 && iterations <= 10_000_000))
    throw new Error('the MAC iteration count is out of range');
  return {
    digest,
    salt: primitiveBytes(saltValue, 'the MAC salt'),
    iterations,
    expected: primitiveBytes(digestValue, 'the MAC value'),
  };
}

function compareMac(check: MacCheck, key: Buffer, authenticatedSafe: Buffer): void {
  const actual = createHmac(check.digest, key).update(authenticatedSafe).digest();
  if (!actual.equals(check.expected))
    throw new Pkcs12ReadError('wrong-passphrase', 'the passphrase does not match');
}

/** The outer structure of a PKCS#12 file: the authenticated safe, and its MAC when it has one. */
function openPfx(bytes: Uint8Array): { authenticatedSafe: Buffer; mac: MacCheck | undefined } {
  const pfx = children(parseDer(bytes), 'the file');
  const [version, authSafeInfo, macData] = pfx;
  if (readInteger(version, 'the version') !== 3) throw new Error('it is not a PKCS#12 version 3 file');
  const [contentType, content] = children(authSafeInfo, 'the content');
  if (readOid(contentType, 'the content type') !== OID.data)
    throw new Pkcs12ReadError('unsupported', 'it is protected with a public key rather than a passphrase');
  const authenticatedSafe = octets(children(content, 'the content')[0], 'the content');
  return { authenticatedSafe, mac: macData === undefined ? undefined : readMacCheck(macData) };
}

function asReadError(error: unknown): Pkcs12ReadError {
  if (error instanceof Pkcs12ReadError) return error;
  return new Pkcs12ReadError('malformed', `it is not a readable PKCS#12 file (${(error as Error).message})`);
}

// forge's password-based encryption, which its type declarations omit.
const { pbe } = forge.pki as unknown as {
  pbe: { getCipher(oid: string, parameters: Asn1, password: string): forge.cipher.BlockCipher };
};

/** Decrypts an EncryptedData container of certificates (PBES2 or the PKCS#12 PBEs). */
function decryptSafeContents(encryptedData: Asn1, passphrase: string): Buffer {
  const [, encryptedContentInfo] = children(encryptedData, 'the encrypted data');
  const [, encryptionAlgorithm, encryptedContent] = children(encryptedContentInfo, 'the encrypted content');
  const [algorithmOid, parameters] = children(encryptionAlgorithm, 'the encryption algorithm');
  const oid = readOid(algorithmOid, 'the encryption algorithm');
  // PBES2 takes the passphrase's UTF-8 bytes; the PKCS#12 PBEs take the text and encode it themselves.
  const password = oid === OID.pbes2 ? forge.util.encodeUtf8(passphrase) : passphrase;
  let cipher;
  try {
    cipher = pbe.getCipher(oid, parameters as Asn1, password);
  } catch {
    throw new Pkcs12ReadError(
      'unsupported',
      'its certificates are encrypted with an algorithm Clausebook does not support',
    );
  }
  cipher.update(forge.util.createBuffer(toBinary(octets(encryptedContent, 'the encrypted certificates'))));
  if (!cipher.finish())
    throw new Pkcs12ReadError('wrong-passphrase', 'the certificates could not be decrypted');
  return fromBinary(cipher.output.getBytes());
}

function readPrivateKey(bag: KeyBag, passphrase: string): KeyObject {
  const key = bag.der;
  if (bag.type === OID.keyBag) return createPrivateKey({ key, format: 'der', type: 'pkcs8' });
  try {
    return createPrivateKey({ key, format: 'der', type: 'pkcs8', passphrase });
  } catch (error) {
    const reason = (error as Error).message;
    if (/bad decrypt|wrong password|decrypt/i.test(reason))
      throw new Pkcs12ReadError('wrong-passphrase', 'the private key could not be decrypted');
    throw new Pkcs12ReadError('unsupported', `its private key could not be read (${reason})`);
  }
}

/** A key bag as found in the file: its type and DER, decrypted only afterwards. */
interface KeyBag {
  type: string;
  der: Buffer;
}

/** What a PKCS#12 file holds, its private keys still as bags. */
interface Pkcs12Parts {
  keyBags: KeyBag[];
  certificatesDer: Buffer[];
}

function readSafeBags(safeContents: Asn1, into: Pkcs12Parts): void {
  for (const bag of children(safeContents, 'the safe contents')) {
    const [bagId, bagValueWrapper] = children(bag, 'a safe bag');
    const bagType = readOid(bagId, 'a safe bag type');
    if (!isContextTag(bagValueWrapper, 0)) throw new Error('a safe bag has no value');
    const [bagValue] = children(bagValueWrapper, 'a safe bag value');
    if (bagValue === undefined) throw new Error('a safe bag value is empty');
    if (bagType === OID.keyBag || bagType === OID.pkcs8ShroudedKeyBag) {
      into.keyBags.push({ type: bagType, der: der(bagValue) });
    } else if (bagType === OID.certBag) {
      const [certType, certValue] = children(bagValue, 'a certificate bag');
      if (readOid(certType, 'a certificate type') !== OID.x509CertificateBag) continue; // e.g. SDSI: not ours
      into.certificatesDer.push(octets(children(certValue, 'a certificate')[0], 'a certificate'));
    }
    // CRL, secret and nested bags carry nothing a signer needs.
  }
}

/** The file's bags, the certificates decrypted, the private keys not yet. */
function readPkcs12Parts(
  bytes: Uint8Array,
  passphrase: string,
  options: { macChecked?: boolean },
): Pkcs12Parts {
  const { authenticatedSafe, mac } = openPfx(bytes);
  if (mac !== undefined && !options.macChecked)
    compareMac(mac, pkcs12MacKey(passphrase, mac.salt, mac.iterations, mac.digest), authenticatedSafe);

  const parts: Pkcs12Parts = { keyBags: [], certificatesDer: [] };
  for (const info of children(parseDer(authenticatedSafe), 'the authenticated safe')) {
    const [type, wrapped] = children(info, 'a content part');
    const partType = readOid(type, 'a content part type');
    const [inner] = children(wrapped, 'a content part');
    if (partType === OID.data) {
      readSafeBags(parseDer(octets(inner, 'a content part')), parts);
    } else if (partType === OID.encryptedData) {
      readSafeBags(parseDer(decryptSafeContents(inner as Asn1, passphrase)), parts);
    } else {
      throw new Pkcs12ReadError(
        'unsupported',
        'part of it is protected with a public key rather than a passphrase',
      );
    }
  }
  return parts;
}

export function readPkcs12(bytes: Uint8Array, passphrase: string): Pkcs12Contents {
  try {
    const { keyBags, certificatesDer } = readPkcs12Parts(bytes, passphrase, { macChecked: false });
    return { privateKeys: keyBags.map((bag) => readPrivateKey(bag, passphrase)), certificatesDer };
  } catch (error) {
    throw asReadError(error);
  }
}

/**
 * readPkcs12 for a thread that must stay responsive: the passphrase is checked against the MAC
 * with `between` awaited every few milliseconds, and a key encrypted as Clausebook stores keys
 * (PBES2: PBKDF2 with HMAC-SHA256, AES-256-CBC) has its key derived on Node's thread pool; the
 * remaining work is a few milliseconds. Keys encrypted otherwise are read as readPkcs12 reads them.
 */
export async function readPkcs12InSlices(
  bytes: Uint8Array,
  passphrase: string,
  between: () => Promise<void>,
): Promise<Pkcs12Contents> {
  try {
    const { authenticatedSafe, mac } = openPfx(bytes);
    if (mac !== undefined)
      compareMac(
        mac,
        await pkcs12MacKeyInSlices(passphrase, mac.salt, mac.iterations, mac.digest, between),
        authenticatedSafe,
      );
    const { keyBags, certificatesDer } = readPkcs12Parts(bytes, passphrase, { macChecked: true });
    const privateKeys: KeyObject[] = [];
    for (const bag of keyBags) {
      const plain = bag.type === OID.pkcs8ShroudedKeyBag ? await decryptPbes2Key(bag.der, passphrase) : null;
      privateKeys.push(
        plain === null
          ? readPrivateKey(bag, passphrase)
          : readPrivateKey({ type: OID.keyBag, der: plain }, ''),
      );
    }
    return { privateKeys, certificatesDer };
  } catch (error) {
    throw asReadError(error);
  }
}

/**
 * The PrivateKeyInfo inside an EncryptedPrivateKeyInfo protected with PBES2 (PBKDF2-HMAC-SHA256,
 * AES-256-CBC), the key derived asynchronously; null for any other protection.
 */
async function decryptPbes2Key(encryptedDer: Buffer, passphrase: string): Promise<Buffer | null> {
  const [encryptionAlgorithm, encryptedData] = children(parseDer(encryptedDer), 'the encrypted key');
  const [schemeOid, schemeParameters] = children(encryptionAlgorithm, 'the key encryption');
  if (readOid(schemeOid, 'the key encryption') !== OID.pbes2) return null;
  const [kdf, cipher] = children(schemeParameters, 'the PBES2 parameters');
  const [kdfOid, kdfParameters] = children(kdf, 'the key derivation');
  const [cipherOid, ivValue] = children(cipher, 'the key cipher');
  if (readOid(kdfOid, 'the key derivation') !== OID.pbkdf2) return null;
  if (readOid(cipherOid, 'the key cipher') !== OID.aes256Cbc) return null;
  const [saltValue, iterationsValue, ...rest] = children(kdfParameters, 'the PBKDF2 parameters');
  const prf = rest.find((part) => !isInteger(part));
  if (
    prf === undefined ||
    readOid(children(prf, 'the PBKDF2 function')[0], 'the PBKDF2 function') !== OID.hmacWithSha256
  )
    return null;
  const iterations = readInteger(iterationsValue, 'the PBKDF2 iteration count');
  if (!(iterations >= 1 && iterations <= 10_000_000))
    throw new Error('the PBKDF2 iteration count is out of range');
  const key = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(
      Buffer.from(passphrase, 'utf8'),
      primitiveBytes(saltValue, 'the PBKDF2 salt'),
      iterations,
      32,
      'sha256',
      (error, derived) => (error ? reject(error) : resolve(derived)),
    ),
  );
  const decipher = createDecipheriv('aes-256-cbc', key, primitiveBytes(ivValue, 'the key cipher IV'));
  try {
    return Buffer.concat([
      decipher.update(primitiveBytes(encryptedData, 'the encrypted key')),
      decipher.final(),
    ]);
  } catch {
    // A wrong passphrase shows as bad padding (the MAC, checked first, normally tells it already).
    throw new Pkcs12ReadError('wrong-passphrase', 'the private key could not be decrypted');
  }
}

/** An ASN.1 INTEGER (tag 2), as PBKDF2's optional key length is. */
function isInteger(value: Asn1): boolean {
  return value.tagClass === Asn1Class.UNIVERSAL && value.type === Asn1Type.INTEGER;
}
