import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { ClausebookError } from '../../../api/errors';
import { removeLeftover } from '../../../shared/remove-leftover';
import { partialPathFor, sweepStalePartials } from '../../../shared/partial-files';
import {
  certificateFingerprint,
  certificatePem,
  describeCertificate,
  type CertificateInfo,
} from './certificate-info';
import { createIdentity, passphraseProblemOf, type NewIdentityInput } from './create-identity';
import { writePkcs12 } from './pkcs12-writer';
import { unlockIdentity, unlockIdentityInSlices, type UnlockedIdentity } from './unlock-identity';

/**
 * The signing identities of this user, in a folder of the app's user data (never in a workspace,
 * which travels to clients). Each identity is two files named by its certificate's SHA-256:
 * `<hex>.p12`, the key and certificate encrypted under the user's passphrase, and `<hex>.cer`, the
 * certificate alone, so listing needs no passphrase. Files are written to a temporary name and
 * renamed into place, readable by the user only.
 */
export class IdentityStore {
  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): CertificateInfo[] {
    if (!existsSync(this.folder)) return [];
    const identities: CertificateInfo[] = [];
    for (const entry of readdirSync(this.folder)) {
      const match = /^([0-9a-f]{64})\.cer$/.exec(entry);
      if (!match || !existsSync(this.p12Path(match[1]!))) continue;
      try {
        identities.push(describeCertificate(readFileSync(path.join(this.folder, entry))));
      } catch {
        // A damaged side file hides only that identity; the others stay usable.
      }
    }
    return identities.sort(
      (a, b) =>
        a.subject.commonName.localeCompare(b.subject.commonName) || b.notAfter.localeCompare(a.notAfter),
    );
  }

  create(input: NewIdentityInput): CertificateInfo {
    const { p12, certificate, certificateDer } = createIdentity({ ...input, now: input.now ?? this.now() });
    this.save(p12, certificateDer);
    return certificate;
  }

  /**
   * Adds an identity from a .p12/.pfx file. It is unlocked to prove the passphrase and the key,
   * then written again with AES-256 under `newPassphrase` (by default the same one), so a file's
   * weak legacy encryption (RC2, 3DES) is not kept.
   */
  importP12(bytes: Uint8Array, passphrase: string, newPassphrase: string = passphrase): CertificateInfo {
    const identity = unlockIdentity(bytes, passphrase);
    const problem = passphraseProblemOf(newPassphrase);
    if (problem)
      throw new ClausebookError(
        'VALIDATION',
        `${problem} The identity is stored under its passphrase, and this one is too short to protect it.`,
      );
    const now = this.now();
    if (new Date(identity.certificate.notAfter) <= now)
      throw new ClausebookError(
        'IDENTITY_UNUSABLE',
        `This certificate expired on ${identity.certificate.notAfter.slice(0, 10)}; signatures made with it would not be trusted. Import a current one.`,
      );
    if (existsSync(this.p12Path(fileKey(identity.certificate.fingerprintSha256))))
      throw new ClausebookError(
        'CONFLICT',
        `The identity of ${identity.certificate.subject.commonName || 'this certificate'} is already stored.`,
      );
    const p12 = writePkcs12({
      privateKeyInfoDer: identity.privateKey.export({ type: 'pkcs8', format: 'der' }),
      certificatesDer: [identity.certificateDer, ...identity.chainDer],
      passphrase: newPassphrase,
      friendlyName: identity.certificate.subject.commonName || 'Clausebook signing identity',
    });
    this.save(p12, identity.certificateDer);
    return identity.certificate;
  }

  /**
   * Opens a stored identity with its passphrase. The slow part, checking the passphrase and
   * deriving the key's decryption key, gives way to the event loop, so the thread that owns the
   * workspace keeps serving meanwhile.
   */
  async unlock(fingerprint: string, passphrase: string): Promise<UnlockedIdentity> {
    return unlockIdentityInSlices(readFileSync(this.existingP12Path(fingerprint)), passphrase);
  }

  remove(fingerprint: string): void {
    const p12 = this.existingP12Path(fingerprint);
    rmSync(p12, { force: true });
    rmSync(p12.replace(/\.p12$/, '.cer'), { force: true });
  }

  exportCertificatePem(fingerprint: string): string {
    const cer = this.existingP12Path(fingerprint).replace(/\.p12$/, '.cer');
    return certificatePem(readFileSync(cer));
  }

  private p12Path(key: string): string {
    return path.join(this.folder, `${key}.p12`);
  }

  private existingP12Path(fingerprint: string): string {
    const key = fileKey(fingerprint);
    const file = this.p12Path(key);
    if (!existsSync(file))
      throw new ClausebookError('NOT_FOUND', 'No stored signing identity has this fingerprint.');
    return file;
  }

  private save(p12: Buffer, certificateDer: Buffer): void {
    const key = fileKey(certificateFingerprint(certificateDer));
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    // The key file first: a side file without its key would list an identity that cannot sign.
    writeAtomically(this.p12Path(key), p12);
    writeAtomically(path.join(this.folder, `${key}.cer`), certificateDer);
  }
}

/** The file name part for a fingerprint given as "AB:CD:…" or plain hex. */
function fileKey(fingerprint: string): string {
  const key = fingerprint.replace(/:/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(key))
    throw new ClausebookError('VALIDATION', 'A certificate fingerprint is 64 hexadecimal digits (SHA-256).');
  return key;
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  sweepStalePartials(path.dirname(file));
  const temporary = partialPathFor(file);
  try {
    const handle = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(handle, bytes);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, file);
  } catch (error) {
    removeLeftover(temporary);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ClausebookError(
      'IO',
      `Could not save the signing identity in ${path.dirname(file)} (${reason}).`,
    );
  }
}
