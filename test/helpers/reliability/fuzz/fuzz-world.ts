import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { contract, type MethodName } from '../../../../src-main/api/contract';
import type { Envelope } from '../../../../src-main/api/errors';
import { createApi } from '../../../../src-main/api/handlers';
import type { HandlerRegistry } from '../../../../src-main/api/registry';
import { createSampleWorkspace } from '../../../../src-main/core/sample/create-sample-workspace';
import { Session } from '../../../../src-main/core/session';
import { databaseContentHash } from './database-content-hash';
import type { FuzzFacts } from './valid-inputs';

const local = { transport: 'cli', access: 'local' } as const;
/** The caller a `renderer` method really faces: a page over the loopback host. */
const page = { transport: 'http', access: 'renderer' } as const;
const PASSPHRASE = 'fuzzing passphrase';
/** The sample's dates are relative to this moment, so every run fuzzes the same workspace. */
const SAMPLE_NOW = new Date('2026-03-02T09:00:00Z');
/** Longer than any honest call takes here; a call past it is reported as a hang. */
const CALL_TIME_LIMIT_MS = 20_000;

/**
 * The pristine material every method's fuzzing starts from, built once: the sample workspace
 * with one signed pack in its history, a signing identity in a user data folder, and files a
 * `local` method can be pointed at. Each method works on its own copy.
 */
export interface FuzzTemplate {
  root: string;
  /** Facts that hold in every copy, with paths still to be moved to the copy's folder. */
  facts: Omit<FuzzFacts, 'files' | 'workspaceFile' | 'packFile' | 'backupFile' | 'ids'> & {
    ids: Omit<FuzzFacts['ids'], 'verification'>;
    packFileName: string;
  };
}

/** The facts of a copy of the template whose files are in `files`. */
export function factsFor(template: FuzzTemplate, files: string, verificationId: string): FuzzFacts {
  const { packFileName, ids, ...facts } = template.facts;
  return {
    ...facts,
    files,
    workspaceFile: path.join(files, 'workspace.clausebook'),
    packFile: path.join(files, 'workspace packs', packFileName),
    backupFile: path.join(files, 'restore.clausebook'),
    ids: { ...ids, verification: verificationId },
  };
}

export async function buildTemplate(root: string): Promise<FuzzTemplate> {
  const template = path.join(root, 'template');
  const files = path.join(template, 'files');
  mkdirSync(files, { recursive: true });
  const workspaceFile = path.join(files, 'workspace.clausebook');
  (await createSampleWorkspace(workspaceFile, SAMPLE_NOW)).workspace.close();

  const session = new Session();
  const api = createApi(session, {
    appVersion: '0.0.0-fuzz',
    userDataDir: () => path.join(template, 'user-data'),
  });
  const call = async (method: MethodName, input: unknown) => {
    const result = await api.dispatch(method, input, local);
    if (!result.ok) throw new Error(`${method} failed while preparing the fuzzing: ${result.error.message}`);
    return result.value as Record<string, unknown>;
  };
  try {
    await call('workspace.open', { path: workspaceFile, upgrade: false });
    const identity = await call('identities.create', {
      name: 'Fuzz Signer',
      organisation: 'Fuzz Audit Ltd',
      email: 'fuzz@example.com',
      passphrase: PASSPHRASE,
    });
    const fingerprint = identity.fingerprintSha256 as string;
    const started = await call('packs.start', {
      fingerprint,
      passphrase: PASSPHRASE,
      options: { clauses: ['8'], embedEvidence: true },
    });
    const failed = await settleJob(api, started.jobId as string);
    if (failed) throw new Error(`The pack made while preparing the fuzzing failed: ${failed.message}`);
    const history = (await call('packs.history', {})).exports as { id: string; fileName: string }[];
    const [pack] = history;
    if (!pack) throw new Error('The pack made while preparing the fuzzing is not in the history.');
    const exported = await call('registers.export', { register: 'services', format: 'csv' });
    const backup = (await call('backups.create', {})).id as string;
    const backupsFolder = (await call('backups.list', {})).folder as string;

    const db = session.require().db;
    const first = (sql: string) => {
      const id = db.prepare(sql).pluck().get() as string | undefined;
      if (!id) throw new Error(`The sample has nothing for: ${sql}`);
      return id;
    };
    const ids = {
      service: first('SELECT id FROM service ORDER BY code LIMIT 1'),
      customer: first('SELECT id FROM customer ORDER BY code LIMIT 1'),
      supplier: first("SELECT id FROM supplier WHERE kind = 'external' ORDER BY code LIMIT 1"),
      agreement: first("SELECT id FROM agreement WHERE type = 'sla' ORDER BY code LIMIT 1"),
      target: first('SELECT id FROM target ORDER BY code LIMIT 1'),
      review: first('SELECT id FROM review ORDER BY code LIMIT 1'),
      measurement: first('SELECT id FROM measurement ORDER BY rowid LIMIT 1'),
      evidence: first('SELECT id FROM evidence ORDER BY code LIMIT 1'),
      finding: first('SELECT id FROM finding ORDER BY code LIMIT 1'),
      packExport: pack.id,
      backup,
    };
    const itemId = first('SELECT item_id FROM assessment ORDER BY item_id LIMIT 1');
    const p12 = readdirSync(path.join(template, 'user-data', 'identities')).find((name) =>
      name.endsWith('.p12'),
    );
    if (!p12) throw new Error('The identity made while preparing the fuzzing has no .p12 file.');
    const p12Bytes = readFileSync(path.join(template, 'user-data', 'identities', p12));
    const packFile = path.join(files, 'workspace packs', pack.fileName);

    // Files a local method may be pointed at, good and bad.
    writeFileSync(path.join(files, 'identity.p12'), p12Bytes);
    copyFileSync(path.join(backupsFolder, `${backup}.clausebook`), path.join(files, 'restore.clausebook'));
    writeFileSync(path.join(files, 'import.csv'), Buffer.from(exported.content as string, 'base64'));
    writeFileSync(path.join(files, 'evidence.txt'), 'Supplier list, exported 2026-02-01.\n');
    writeFileSync(path.join(files, 'empty.csv'), '');
    writeFileSync(
      path.join(files, 'junk.bin'),
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 131) % 256)),
    );
    writeFileSync(path.join(files, 'not-a-workspace.clausebook'), 'SQLite format 3\u0000 but not really');
    mkdirSync(path.join(files, 'folder'));
    writeFileSync(path.join(files, 'folder', 'inside.csv'), 'code,name\n');

    return {
      root,
      facts: {
        ids,
        itemId,
        fingerprint,
        passphrase: PASSPHRASE,
        p12Base64: p12Bytes.toString('base64'),
        servicesCsvBase64: exported.content as string,
        packBase64: readFileSync(packFile).toString('base64'),
        packFileName: pack.fileName,
      },
    };
  } finally {
    session.closeSync();
  }
}

/** What a failed call must leave as it found it. */
export interface WorldState {
  /** The open workspace's file, or null. */
  workspace: string | null;
  /** The open workspace's database as bytes (compared first; the row hash decides when they differ). */
  image: Buffer | null;
  /** Every file in the method's folder apart from the open workspace's own, with its size. */
  files: string;
}

/** One method's own copy of the template, opened through its own API instance. */
export class MethodWorld {
  readonly session = new Session();
  readonly api: HandlerRegistry;
  readonly folder: string;
  readonly files: string;
  facts!: FuzzFacts;
  /** Pack jobs this world started, each followed to its end. */
  readonly jobs: string[] = [];

  private constructor(
    readonly template: FuzzTemplate,
    name: string,
  ) {
    this.folder = path.join(template.root, name);
    this.files = path.join(this.folder, 'files');
    cpSync(path.join(template.root, 'template'), this.folder, { recursive: true });
    this.api = createApi(this.session, {
      appVersion: '0.0.0-fuzz',
      userDataDir: () => path.join(this.folder, 'user-data'),
    });
  }

  static async open(template: FuzzTemplate, name: string): Promise<MethodWorld> {
    const world = new MethodWorld(template, name);
    const opened = await world.api.dispatch(
      'workspace.open',
      { path: path.join(world.files, 'workspace.clausebook'), upgrade: false },
      local,
    );
    const verified = await world.api.dispatch(
      'packs.verify',
      { fileName: 'pack.pdf', content: template.facts.packBase64 },
      local,
    );
    if (!opened.ok || !verified.ok) throw new Error('The fuzzing copy of the sample could not be opened.');
    world.facts = factsFor(
      template,
      world.files,
      (verified.value as { verificationId: string }).verificationId,
    );
    return world;
  }

  /** Files already in the folder, for paths that name something real. */
  existingPaths(): string[] {
    return readdirSync(this.files, { recursive: true, encoding: 'utf8' }).map((name) =>
      path.join(this.files, name),
    );
  }

  /**
   * One call from the caller a method is for: a page for `renderer` methods, the CLI for `local`
   * ones. A call that does not answer in time is reported as a hang.
   */
  async dispatch(method: MethodName, input: unknown): Promise<Envelope<unknown>> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${method} did not answer within ${CALL_TIME_LIMIT_MS / 1000} s (a hang).`)),
        CALL_TIME_LIMIT_MS,
      );
    });
    try {
      const caller = contract[method].access === 'local' ? local : page;
      return await Promise.race([this.api.dispatch(method, input, caller), hang]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * After a successful call that started a pack job: waits for the job, so nothing runs on behind
   * the test, and returns how it failed, if it did (a job's error is an answer too).
   */
  async settle(method: MethodName, result: Envelope<unknown>): Promise<JobError | null> {
    if (!result.ok || (method !== 'packs.start' && method !== 'packs.startFile')) return null;
    const { jobId } = result.value as { jobId: string };
    this.jobs.push(jobId);
    return settleJob(this.api, jobId);
  }

  /** The pack jobs this world started that are still running (none, once each was settled). */
  async runningJobs(): Promise<string[]> {
    const running: string[] = [];
    for (const jobId of this.jobs) {
      const job = await this.api.dispatch('packs.job', { jobId }, local);
      if (!job.ok || (job.value as { state: string }).state === 'running') running.push(jobId);
    }
    return running;
  }

  /**
   * The state a failed call must leave alone. Lets the event loop turn first: the database images
   * of earlier states are native memory that better-sqlite3 frees in finalizers that only run then,
   * and a method's cases otherwise follow each other on promises alone (gigabytes in a long run).
   */
  async state(): Promise<WorldState> {
    await new Promise((resolve) => setImmediate(resolve));
    const workspace = this.session.workspace;
    const file = workspace?.file ?? null;
    const own = new Set(file ? [file, `${file}-wal`, `${file}-shm`] : []);
    const files = readdirSync(this.files, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(this.files, name))
      .filter((name) => !own.has(name))
      .sort()
      .map((name) => {
        const stat = statSync(name, { throwIfNoEntry: false });
        return `${name}:${stat?.isDirectory() ? 'dir' : (stat?.size ?? 'gone')}`;
      })
      .join('\n');
    return { workspace: file, image: workspace ? workspace.db.serialize() : null, files };
  }

  close(): void {
    this.session.closeSync();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/**
 * What changed between two states, or null when nothing did. Equal database bytes mean equal
 * content; when the bytes differ, every table's rows are hashed to tell a real change from pages
 * that moved.
 */
export function stateChange(before: WorldState, after: WorldState): string | null {
  if (before.workspace !== after.workspace)
    return `the open workspace changed from ${before.workspace ?? 'none'} to ${after.workspace ?? 'none'}`;
  if (before.files !== after.files)
    return `the files in the folder changed:\n${before.files}\n→\n${after.files}`;
  if (before.image && after.image && !before.image.equals(after.image)) {
    const [was, is] = [before.image, after.image].map((image) => {
      // An image of a WAL database opens in memory only once its header says rollback journal.
      const copy = Buffer.from(image);
      copy[18] = 1;
      copy[19] = 1;
      const db = new Database(copy, { readonly: true });
      try {
        return databaseContentHash(db);
      } finally {
        db.close();
      }
    });
    if (was !== is) return 'the database content changed';
  }
  return null;
}

export interface JobError {
  code: string;
  message: string;
}

/** Follows a pack job to its end; its error when it failed. */
async function settleJob(api: HandlerRegistry, jobId: string): Promise<JobError | null> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const result = await api.dispatch('packs.job', { jobId }, local);
    if (!result.ok) throw new Error(`The pack job ${jobId} could not be followed: ${result.error.message}`);
    const job = result.value as { state: string; error?: JobError };
    if (job.state !== 'running') return job.error ?? null;
    if (Date.now() > deadline) throw new Error(`The pack job ${jobId} was still running after two minutes.`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
