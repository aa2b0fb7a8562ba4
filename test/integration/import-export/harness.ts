import { createHash } from 'node:crypto';
import path from 'node:path';
import type { MethodInput, MethodName, MethodOutput } from '../../../src-main/api/contract';
import type { Envelope } from '../../../src-main/api/errors';
import { createApi } from '../../../src-main/api/handlers';
import type { HandlerRegistry } from '../../../src-main/api/registry';
import type { ImportReport } from '../../../src-main/api/schemas/import-export';
import type { RegisterName } from '../../../src-main/core/registers/register-names';
import { Session } from '../../../src-main/core/session';
import { createWorkspace } from '../../../src-main/core/workspace/create-workspace';
import { exampleEngagement } from '../../helpers/workspace-fixtures';

/**
 * A workspace opened behind the real API, called the way the CLI calls it (local access), so
 * every test goes through the contract's input and output schemas.
 */
export class Harness {
  private constructor(
    readonly session: Session,
    readonly api: HandlerRegistry,
    readonly file: string,
  ) {}

  static async create(dir: string, name = 'client.clausebook'): Promise<Harness> {
    const file = path.join(dir, name);
    const { workspace } = await createWorkspace(file, exampleEngagement);
    const session = new Session();
    session.replace(workspace);
    return new Harness(session, createApi(session, { appVersion: 'test' }), file);
  }

  get db() {
    return this.session.require().db;
  }

  dispatch(
    method: MethodName,
    input: unknown,
    access: 'local' | 'renderer' = 'local',
  ): Promise<Envelope<unknown>> {
    return this.api.dispatch(method, input, { transport: 'cli', access });
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await this.dispatch(method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as MethodOutput<M>;
  }

  /** Imports file content as the page would send it. */
  import(
    register: RegisterName,
    content: string | Uint8Array,
    options: { fileName?: string; dryRun?: boolean; sheet?: string; mapping?: (string | null)[] } = {},
  ): Promise<ImportReport> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    return this.call('registers.import', {
      register,
      fileName: options.fileName ?? `${register}.csv`,
      content: bytes.toString('base64'),
      dryRun: options.dryRun ?? false,
      sheet: options.sheet ?? null,
      mapping: options.mapping ?? null,
    });
  }

  async export(register: RegisterName, format: 'csv' | 'xlsx'): Promise<Buffer> {
    const exported = await this.call('registers.export', { register, format });
    return Buffer.from(exported.content, 'base64');
  }

  /** Creates a record through the API and returns its id. */
  async create(
    register: Exclude<RegisterName, 'measurements'>,
    values: Record<string, unknown>,
  ): Promise<string> {
    const record = (await this.call(`${register}.create` as MethodName, values as never)) as { id: string };
    return record.id;
  }

  /** Changes some fields of a record through the API. */
  async update(
    register: Exclude<RegisterName, 'measurements'>,
    id: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const current = (await this.call(`${register}.get` as MethodName, { id } as never)) as Record<
      string,
      unknown
    >;
    const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = current;
    await this.call(`${register}.update` as MethodName, { id, values: { ...values, ...changes } } as never);
  }

  /** A hash of every row of every table: equal hashes mean nothing was written. */
  contentHash(): string {
    const hash = createHash('sha256');
    const tables = this.db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    for (const table of tables) {
      hash.update(table);
      for (const row of this.db.prepare(`SELECT * FROM "${table}"`).raw().iterate())
        hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  }

  count(table: string): number {
    return this.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  }

  close(): void {
    this.session.closeSync();
  }
}

/** The lines of problems in a report, for exact comparison. */
export function problemTexts(report: ImportReport): string[] {
  return report.problems.map((problem) => problem.text);
}
