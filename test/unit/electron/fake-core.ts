// A stand-in for the core behind the API: it records every dispatch and behaves like a session
// with at most one open workspace, so the shell's decisions can be tested without SQLite.
import path from 'node:path';
import type { Envelope, ErrorCode } from '../../../src-main/api/errors';
import type { CallContext } from '../../../src-main/api/registry';
import type { WorkspaceSummary } from '../../../src-main/api/schemas/workspace';
import type { Dispatcher, WorkspaceSession } from '../../../src-main/electron/core-ports';

export interface DispatchCall {
  method: unknown;
  input: unknown;
  context: CallContext;
}

export class FakeCore implements Dispatcher, WorkspaceSession {
  readonly calls: DispatchCall[] = [];
  openPath: string | null = null;
  closedSync = 0;
  /** Methods that fail, with the error they return. */
  readonly failures = new Map<string, { code: ErrorCode; message: string }>();
  readonly #listeners = new Set<() => void>();

  async dispatch(method: unknown, input: unknown, context: CallContext): Promise<Envelope<unknown>> {
    this.calls.push({ method, input, context });
    const failure = typeof method === 'string' ? this.failures.get(method) : undefined;
    if (failure) return { ok: false, error: failure };
    const file = (input as { path?: string } | undefined)?.path;
    switch (method) {
      case 'workspace.create':
      case 'workspace.createSample':
      case 'workspace.open':
      case 'workspace.saveAs':
        this.#replace(file ?? null);
        return { ok: true, value: summary(file ?? '') };
      case 'workspace.close':
        this.#replace(null);
        return { ok: true, value: null };
      case 'workspace.current':
        return { ok: true, value: this.openPath === null ? null : summary(this.openPath) };
      case 'app.about':
        return {
          ok: true,
          value: { name: 'Clausebook', version: '9.8.7', schemaVersion: 3, transport: context.transport },
        };
      default:
        return { ok: true, value: null };
    }
  }

  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  closeSync(): void {
    this.closedSync += 1;
    this.#replace(null);
  }

  methods(): unknown[] {
    return this.calls.map((call) => call.method);
  }

  #replace(file: string | null): void {
    this.openPath = file;
    for (const listener of this.#listeners) listener();
  }
}

export function summary(file: string): WorkspaceSummary {
  return {
    fileName: path.basename(file),
    path: file,
    schemaVersion: 1,
    appSchemaVersion: 1,
    sizeBytes: 4096,
    engagement: {
      clientOrganisation: 'Example Ltd',
      scopeStatement: '',
      auditType: 'stage1',
      plannedAuditDate: null,
      consultantName: '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    counts: {},
  };
}

/** Lets queued promise callbacks (fire-and-forget menu actions) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}
