import { MANIFEST_ATTACHMENT_NAME, packManifestSchema, type PackManifest } from '../pack-manifest';
import type { EmbeddedFile } from './embedded-files';
import type { PackCheck, PackVerification, VerifiedFile } from './pack-verification';

export interface EvidenceFindings {
  checks: PackCheck[];
  manifest: PackVerification['manifest'];
  files: VerifiedFile[];
}

type Read = { ok: true; bytes: Buffer } | { ok: false };
type Digest = { ok: true; size: number; sha256: string } | { ok: false };

function digestSafely(file: EmbeddedFile): Digest {
  try {
    return { ok: true, ...file.digest() };
  } catch {
    return { ok: false };
  }
}

function readSafely(file: EmbeddedFile): Read {
  try {
    return { ok: true, bytes: file.read() };
  } catch {
    return { ok: false };
  }
}

function readManifest(embedded: EmbeddedFile[]): PackVerification['manifest'] {
  const candidates = embedded.filter((file) => file.name === MANIFEST_ATTACHMENT_NAME);
  if (candidates.length === 0)
    return { ok: false, reason: `The pack has no evidence manifest (${MANIFEST_ATTACHMENT_NAME}).` };
  if (candidates.length > 1) return { ok: false, reason: 'The pack has more than one evidence manifest.' };
  const read = readSafely(candidates[0]!);
  if (!read.ok) return { ok: false, reason: 'The evidence manifest is damaged and cannot be read.' };
  let json: unknown;
  try {
    json = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return { ok: false, reason: 'The evidence manifest is not valid JSON.' };
  }
  const parsed = packManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
    return { ok: false, reason: `The evidence manifest does not have the expected format${where}.` };
  }
  return { ok: true, value: parsed.data };
}

function describeSize(bytes: number): string {
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

/** A file the manifest lists: an evidence file, or a register attached as CSV (always embedded). */
interface ListedFile {
  attachmentName: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  embedded: boolean;
}

function listedFiles(manifest: PackManifest): ListedFile[] {
  return [
    ...manifest.files.map((file) => ({
      attachmentName: file.attachmentName,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      embedded: manifest.evidenceEmbedded,
    })),
    ...(manifest.registers ?? []).map((file) => ({
      attachmentName: file.attachmentName,
      fileName: file.attachmentName,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      embedded: true,
    })),
  ];
}

function compareWithManifest(manifest: PackManifest, others: EmbeddedFile[]): VerifiedFile[] {
  const byName = new Map<string, EmbeddedFile[]>();
  for (const file of others) byName.set(file.name, [...(byName.get(file.name) ?? []), file]);
  const listedAll = listedFiles(manifest);
  const listedCounts = new Map<string, number>();
  for (const listed of listedAll)
    listedCounts.set(listed.attachmentName, (listedCounts.get(listed.attachmentName) ?? 0) + 1);

  const files: VerifiedFile[] = listedAll.map((listed) => {
    const base = {
      attachmentName: listed.attachmentName,
      fileName: listed.fileName,
      sizeBytes: listed.sizeBytes,
      sha256: listed.sha256,
    };
    const copies = byName.get(listed.attachmentName) ?? [];
    if ((listedCounts.get(listed.attachmentName) ?? 0) > 1)
      return {
        ...base,
        embedded: copies.length > 0,
        ok: false,
        problem: 'The manifest lists this attachment name more than once.',
      };
    if (copies.length === 0)
      return listed.embedded
        ? { ...base, embedded: false, ok: false, problem: 'The file is missing from the pack.' }
        : { ...base, embedded: false, ok: true };
    if (copies.length > 1)
      return {
        ...base,
        embedded: true,
        ok: false,
        problem: 'The pack holds more than one file under this name.',
      };
    const read = digestSafely(copies[0]!);
    if (!read.ok)
      return {
        ...base,
        embedded: true,
        ok: false,
        problem: 'The embedded file is damaged and cannot be read.',
      };
    if (read.size !== listed.sizeBytes)
      return {
        ...base,
        embedded: true,
        ok: false,
        problem: `The file is ${describeSize(read.size)}, not the ${describeSize(listed.sizeBytes)} the manifest records: it was changed.`,
      };
    if (read.sha256 !== listed.sha256)
      return {
        ...base,
        embedded: true,
        ok: false,
        problem:
          "The file's content differs from the manifest (its SHA-256 fingerprint does not match): it was changed.",
      };
    return { ...base, embedded: true, ok: true };
  });

  const listedNames = new Set(listedAll.map((listed) => listed.attachmentName));
  for (const file of others.filter((candidate) => !listedNames.has(candidate.name))) {
    const read = digestSafely(file);
    files.push({
      attachmentName: file.name,
      fileName: file.name,
      sizeBytes: read.ok ? read.size : 0,
      sha256: read.ok ? read.sha256 : '',
      embedded: true,
      ok: false,
      problem: 'The pack holds this file, but the manifest does not list it.',
    });
  }
  return files;
}

function evidenceCheck(manifest: PackVerification['manifest'], allFiles: VerifiedFile[]): PackCheck {
  if (!manifest.ok)
    return {
      id: 'evidence-files',
      ok: false,
      message: 'The evidence files cannot be checked without a readable manifest.',
    };
  // Register CSV files are reported apart, so that the evidence counts mean evidence.
  const registerNames = new Set((manifest.value.registers ?? []).map((file) => file.attachmentName));
  const registers = allFiles.filter((file) => registerNames.has(file.attachmentName));
  const files = allFiles.filter((file) => !registerNames.has(file.attachmentName));
  const failed = files.filter((file) => !file.ok);
  const failedRegisters = registers.filter((file) => !file.ok);
  if (failed.length > 0 || failedRegisters.length > 0) {
    const names = (list: VerifiedFile[]) => list.map((file) => `"${file.attachmentName}"`).join(', ');
    const parts = [
      failed.length > 0
        ? `${failed.length} of ${files.length} evidence files do not match the signed manifest: ${names(failed)}.`
        : '',
      failedRegisters.length > 0
        ? `${failedRegisters.length} of ${registers.length} register files do not match the signed manifest: ${names(failedRegisters)}.`
        : '',
    ];
    return { id: 'evidence-files', ok: false, message: parts.filter(Boolean).join(' ') };
  }
  const embedded = files.filter((file) => file.embedded).length;
  const listedOnly = files.length - embedded;
  const parts = [
    files.length === 0 ? 'The pack lists no evidence files.' : '',
    embedded > 0
      ? `All ${embedded} embedded evidence file${embedded === 1 ? '' : 's'} match${embedded === 1 ? 'es' : ''} the SHA-256 fingerprints in the signed manifest.`
      : '',
    listedOnly > 0
      ? `${listedOnly} evidence file${listedOnly === 1 ? ' is' : 's are'} listed by fingerprint without being embedded.`
      : '',
    registers.length > 0
      ? `The ${registers.length} register file${registers.length === 1 ? '' : 's'} (CSV) match${registers.length === 1 ? 'es' : ''} ${registers.length === 1 ? 'its' : 'their'} fingerprint${registers.length === 1 ? '' : 's'} too.`
      : '',
  ];
  return { id: 'evidence-files', ok: true, message: parts.filter(Boolean).join(' ') };
}

/** The manifest and evidence checks over the pack's attachments. */
export function checkEvidence(embedded: EmbeddedFile[]): EvidenceFindings {
  const manifest = readManifest(embedded);
  const others = embedded.filter((file) => file.name !== MANIFEST_ATTACHMENT_NAME);
  const files = manifest.ok
    ? compareWithManifest(manifest.value, others)
    : others.map((file) => {
        const read = digestSafely(file);
        return {
          attachmentName: file.name,
          fileName: file.name,
          sizeBytes: read.ok ? read.size : 0,
          sha256: read.ok ? read.sha256 : '',
          embedded: true,
          ok: false,
          problem: 'There is no readable manifest to check this file against.',
        };
      });
  const manifestCheck: PackCheck = manifest.ok
    ? {
        id: 'manifest',
        ok: true,
        message: `The signed evidence manifest is present and readable (pack ${manifest.value.packId}, ${manifest.value.files.length} files listed).`,
      }
    : { id: 'manifest', ok: false, message: manifest.reason };
  return { checks: [manifestCheck, evidenceCheck(manifest, files)], manifest, files };
}
