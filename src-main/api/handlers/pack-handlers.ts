import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Session } from '../../core/session';
import { readPackExport, listPackExports } from '../../core/packs/history/pack-history';
import { IdentityStore } from '../../core/packs/identity/identity-store';
import { unlockIdentityInSlices } from '../../core/packs/identity/unlock-identity';
import { PackJobs } from '../../core/packs/export/pack-jobs';
import { packFileName, packsFolderFor } from '../../core/packs/export/packs-folder';
import { attachmentOf, fileIdentity, type VerifiedPack } from '../../core/packs/verify/verified-pack';
import { verifyPack, verifyPackFile } from '../../core/packs/verify/verify-pack';
import { sha256Of } from '../../core/evidence/blob-store';
import { ClausebookError } from '../errors';
import type { HandlerRegistry } from '../registry';

/** Packs the page may download or verify in one piece; larger ones are for the CLI. */
const MAX_TRANSFER_BYTES = 140 * 1024 * 1024;

export interface PackHandlerOptions {
  /** The user's app data folder; identities live in its `identities` folder. */
  userDataDir: () => string;
}

/**
 * Signing identities, pack jobs, history and verification. The passphrase and the private key stay
 * in this process: the page sends the passphrase with each export and gets certificates back.
 */
export function registerPackHandlers(
  api: HandlerRegistry,
  session: Session,
  options: PackHandlerOptions,
): void {
  const identities = () => new IdentityStore(path.join(options.userDataDir(), 'identities'));
  const jobs = new PackJobs();
  // The pack verified last, so the page can open the files inside it without sending it again.
  let verified: VerifiedPack | null = null;

  api.register('identities.list', () => ({ identities: identities().list() }));
  api.register('identities.create', (input) => identities().create(input));
  api.register('identities.import', ({ content, passphrase }) =>
    identities().importP12(Buffer.from(content, 'base64'), passphrase),
  );
  api.register('identities.importFile', ({ path: file, passphrase }) =>
    identities().importP12(readLocalFile(file, 1024 * 1024), passphrase),
  );
  api.register('identities.remove', ({ fingerprint }) => {
    identities().remove(fingerprint);
    return { identities: identities().list() };
  });
  api.register('identities.certificate', ({ fingerprint }) => ({
    fileName: `${fingerprint.replace(/:/g, '').slice(0, 16)}.pem`,
    pem: identities().exportCertificatePem(fingerprint),
  }));

  // Both starts await the collection, which yields to the event loop as it goes: the API queue
  // keeps other calls out meanwhile, so the pack still shows one moment of the workspace.
  api.register('packs.start', async ({ fingerprint, passphrase, options: packOptions }) => {
    const workspace = session.require();
    const identity = await identities().unlock(fingerprint, passphrase);
    const now = new Date();
    const client = (workspace.db
      .prepare('SELECT client_organisation FROM engagement WHERE id = 1')
      .pluck()
      .get() ?? '') as string;
    const packId = randomUUID();
    const outputPath = path.join(
      packsFolderFor(workspace.file),
      packFileName(client, now.toISOString(), packId),
    );
    const { jobId, packId: started } = await jobs.start({
      workspace,
      identity,
      options: packOptions,
      outputPath,
      now,
      packId,
    });
    return { jobId, packId: started };
  });
  api.register(
    'packs.startFile',
    async ({ outputPath, identity: chosen, passphrase, options: packOptions }) => {
      const workspace = session.require();
      // Said before the work starts; the writer checks again when it publishes the file.
      if (existsSync(outputPath)) {
        throw new ClausebookError(
          'CONFLICT',
          `${outputPath} already exists; choose another name, or move the existing file away first.`,
        );
      }
      const identity =
        'fingerprint' in chosen
          ? await identities().unlock(chosen.fingerprint, passphrase)
          : await unlockIdentityInSlices(readLocalFile(chosen.p12Path, 1024 * 1024), passphrase);
      const { jobId, packId } = await jobs.start({ workspace, identity, options: packOptions, outputPath });
      return { jobId, packId };
    },
  );
  api.register('packs.job', ({ jobId }) => jobs.get(jobId));
  api.register('packs.history', () => ({ exports: listPackExports(session.require().db) }));
  api.register('packs.download', ({ id }) => {
    const workspace = session.require();
    const entry = readPackExport(workspace.db, id);
    if (!entry) throw new ClausebookError('NOT_FOUND', 'That pack is not in this workspace’s history.');
    const file = path.join(packsFolderFor(workspace.file), entry.fileName);
    const bytes = readLocalFile(
      file,
      MAX_TRANSFER_BYTES,
      `${entry.fileName} is no longer in the packs folder.`,
    );
    if (sha256Of(bytes) !== entry.sha256) {
      throw new ClausebookError(
        'CONFLICT',
        `${entry.fileName} in the packs folder is not the pack that was made: its SHA-256 differs from the history.`,
      );
    }
    return { fileName: entry.fileName, content: bytes.toString('base64') };
  });

  api.register('packs.verify', ({ fileName, content }) => {
    const bytes = Buffer.from(content, 'base64');
    const report = verifyPack(bytes);
    verified = { id: randomUUID(), kind: 'bytes', bytes };
    return {
      verificationId: verified.id,
      fileName: fileName || 'pack.pdf',
      sizeBytes: bytes.byteLength,
      report,
    };
  });
  api.register('packs.verifyFile', ({ path: file }) => {
    const stats = localFileStats(file);
    const report = verifyPackFile(file);
    verified = { id: randomUUID(), kind: 'file', path: file, identity: fileIdentity(stats) };
    return { verificationId: verified.id, fileName: path.basename(file), sizeBytes: stats.size, report };
  });
  api.register('packs.verifiedFile', ({ verificationId, attachmentName }) => {
    if (verified?.id !== verificationId) {
      throw new ClausebookError('NOT_FOUND', 'Verify the pack again: another pack has been verified since.');
    }
    const bytes = attachmentOf(verified, attachmentName);
    return { fileName: attachmentName, content: bytes.toString('base64') };
  });
}

/** A file on this machine, refused with a clear message when missing, not a file, or too large. */
function readLocalFile(file: string, maxBytes: number, missing = `There is no file ${file}.`): Buffer {
  const stats = localFileStats(file, missing);
  if (stats.size > maxBytes) {
    throw new ClausebookError(
      'VALIDATION',
      `${path.basename(file)} is too large to open here (${stats.size} bytes).`,
    );
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** A file's stats, refused with a clear message when it is missing or not a file. */
function localFileStats(file: string, missing = `There is no file ${file}.`): Stats {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? new ClausebookError('IO', missing)
      : unreadable(file, error);
  }
  if (!stats.isFile()) throw new ClausebookError('IO', `${file} is not a file.`);
  return stats;
}

function unreadable(file: string, error: unknown): ClausebookError {
  return new ClausebookError(
    'IO',
    `Could not read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
  );
}
