import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';

/** One form a secret could take in a file or an answer, with a name that says which. */
export interface Needle {
  label: string;
  bytes: Buffer;
}

// A leak may be cut short (a log line, a truncated field); the first 33 bytes of a value are
// enough to be unmistakable, and 33 is a multiple of 3, so its base64 is a prefix of the whole's.
const PREFIX_BYTES = 33;
const PRIVATE_COMPONENTS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/**
 * Every encoding of an RSA private key worth searching for: its private numbers (the exponent d,
 * the primes p and q and the CRT values) as raw bytes, hex in either case, base64 and base64url;
 * the PKCS#8 DER; and the lines of its PEM body that carry private numbers. The modulus is left
 * out on purpose: it is public, and every signature's certificate holds it.
 */
export function keyNeedles(privateKey: KeyObject, name: string): Needle[] {
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  const needles: Needle[] = [];
  for (const component of PRIVATE_COMPONENTS) {
    const value = Buffer.from(jwk[component]!, 'base64url').subarray(0, PREFIX_BYTES);
    const label = `${name}: ${component}`;
    needles.push(
      { label: `${label} (raw bytes)`, bytes: value },
      { label: `${label} (hex)`, bytes: Buffer.from(value.toString('hex')) },
      { label: `${label} (HEX)`, bytes: Buffer.from(value.toString('hex').toUpperCase()) },
      { label: `${label} (base64)`, bytes: Buffer.from(value.toString('base64')) },
      { label: `${label} (base64url)`, bytes: Buffer.from(value.toString('base64url')) },
    );
  }
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  needles.push({ label: `${name}: PKCS#8 DER`, bytes: pkcs8 });
  // PEM lines hold 48 bytes of the DER each; those from d onwards are private.
  const privateFrom = pkcs8.indexOf(Buffer.from(jwk.d!, 'base64url'));
  const pemLines = (privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----'));
  pemLines.forEach((line, index) => {
    if (index * 48 >= privateFrom && line.length >= 32) {
      needles.push({ label: `${name}: PEM body line ${index + 1}`, bytes: Buffer.from(line) });
    }
  });
  return needles;
}

/** The passphrase as text in the encodings a file or an answer could hold it. */
export function passphraseNeedles(passphrase: string, name: string): Needle[] {
  return [
    { label: `${name} (UTF-8)`, bytes: Buffer.from(passphrase, 'utf8') },
    { label: `${name} (UTF-16)`, bytes: Buffer.from(passphrase, 'utf16le') },
    { label: `${name} (base64)`, bytes: Buffer.from(Buffer.from(passphrase).toString('base64')) },
  ];
}

/** The needles found in `haystack`, each as "<where>: <needle label>". */
export function findSecrets(where: string, haystack: Buffer | string, needles: readonly Needle[]): string[] {
  const bytes = typeof haystack === 'string' ? Buffer.from(haystack, 'utf8') : haystack;
  return needles
    .filter((needle) => bytes.includes(needle.bytes))
    .map((needle) => `${where}: ${needle.label}`);
}

/** Every regular file under `folder`, at any depth. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(folder, entry))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? false);
}

/** The needles found in any of `files`. */
export function findSecretsInFiles(files: readonly string[], needles: readonly Needle[]): string[] {
  return files.flatMap((file) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return []; // removed since it was listed (another process's temporary file)
    }
    return findSecrets(file, bytes, needles);
  });
}

/** The names in the system's temporary folder now, to tell afterwards which a test run left there. */
export function temporaryEntries(): Set<string> {
  return new Set(readdirSync(tmpdir()));
}

/**
 * Files that appeared in the temporary folder since `before` and look like Clausebook's (or
 * SQLite's), other than `except`: temporary files a run left behind. Other processes' files may be
 * among them; searching them costs time only, as a freshly made key cannot be in them by chance.
 */
export function newTemporaryFiles(before: ReadonlySet<string>, except: readonly string[]): string[] {
  return readdirSync(tmpdir())
    .filter((name) => !before.has(name) && /clausebook|sqlite|etilqs|pack/i.test(name))
    .map((name) => path.join(tmpdir(), name))
    .filter((entry) => !except.includes(entry))
    .flatMap((entry) =>
      statSync(entry, { throwIfNoEntry: false })?.isDirectory() ? filesUnder(entry) : [entry],
    );
}
