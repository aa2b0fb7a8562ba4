import { X509Certificate, createPublicKey, type KeyObject } from 'node:crypto';
import { ClausebookError } from '../../../api/errors';
import { yieldToEventLoop } from '../../../shared/event-loop-slicer';
import { describeCertificate, type CertificateInfo } from './certificate-info';
import { Pkcs12ReadError, readPkcs12, readPkcs12InSlices, type Pkcs12Contents } from './pkcs12-reader';

/** A signing identity opened with its passphrase: what the signer needs, held only in memory. */
export interface UnlockedIdentity {
  privateKey: KeyObject;
  /** The signer's certificate (DER). */
  certificateDer: Buffer;
  /** Any issuer certificates the file carried (DER), to include in signatures. */
  chainDer: Buffer[];
  certificate: CertificateInfo;
}

export const WRONG_PASSPHRASE_MESSAGE = 'The passphrase does not unlock this signing identity.';

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

function unusable(message: string): ClausebookError {
  return new ClausebookError('IDENTITY_UNUSABLE', message);
}

/** What a PKCS#12 reading problem means for the user. */
function identityError(error: unknown): unknown {
  if (!(error instanceof Pkcs12ReadError)) return error;
  if (error.problem === 'wrong-passphrase')
    return new ClausebookError('WRONG_PASSPHRASE', WRONG_PASSPHRASE_MESSAGE);
  return new ClausebookError(
    'IDENTITY_UNREADABLE',
    `This file is not a signing identity Clausebook can use: ${error.message}. Choose a .p12 or .pfx file exported with its private key.`,
  );
}

/**
 * unlockIdentity for a thread that must stay responsive (the app's main process): the slow parts,
 * checking the passphrase and deriving the key's decryption key, give way to `between` (the event
 * loop, by default).
 */
export async function unlockIdentityInSlices(
  p12: Uint8Array,
  passphrase: string,
  between: () => Promise<void> = yieldToEventLoop,
): Promise<UnlockedIdentity> {
  let contents;
  try {
    contents = await readPkcs12InSlices(p12, passphrase, between);
  } catch (error) {
    throw identityError(error);
  }
  return identityOf(contents);
}

/** Opens a PKCS#12 signing identity (.p12/.pfx). Throws ClausebookError with a message for the user. */
export function unlockIdentity(p12: Uint8Array, passphrase: string): UnlockedIdentity {
  let contents;
  try {
    contents = readPkcs12(p12, passphrase);
  } catch (error) {
    throw identityError(error);
  }
  return identityOf(contents);
}

/** The signing identity in what a PKCS#12 file held: one usable key and its certificate. */
function identityOf(contents: Pkcs12Contents): UnlockedIdentity {
  const [privateKey] = contents.privateKeys;
  if (privateKey === undefined)
    throw unusable(
      'This file holds a certificate but no private key, so it cannot sign. Export the identity again including its private key.',
    );
  if (privateKey.asymmetricKeyType !== 'rsa' && privateKey.asymmetricKeyType !== 'ec')
    throw unusable(
      `This identity's key is of a type (${privateKey.asymmetricKeyType ?? 'unknown'}) PDF readers do not accept for signatures; use an RSA or EC key.`,
    );

  const publicKey = spki(createPublicKey(privateKey));
  let certificateDer: Buffer | undefined;
  const chainDer: Buffer[] = [];
  for (const der of contents.certificatesDer) {
    let matches: boolean;
    try {
      matches = spki(new X509Certificate(der).publicKey).equals(publicKey);
    } catch {
      throw new ClausebookError(
        'IDENTITY_UNREADABLE',
        'This file holds a certificate Clausebook cannot read. Export the identity again from the tool that made it.',
      );
    }
    if (matches && certificateDer === undefined) certificateDer = der;
    else chainDer.push(der);
  }
  if (certificateDer === undefined)
    throw unusable(
      'This file holds a private key without its certificate, so signatures made with it could not be checked. Export the identity again including its certificate.',
    );
  return { privateKey, certificateDer, chainDer, certificate: describeCertificate(certificateDer) };
}
