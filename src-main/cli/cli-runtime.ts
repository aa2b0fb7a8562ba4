import type { MethodInput, MethodName, MethodOutput } from '../api/contract';
import type { ApiErrorValue } from '../api/errors';
import { createApi } from '../api/handlers';
import type { HandlerRegistry } from '../api/registry';
import { Session } from '../core/session';
import { APP_VERSION } from '../shared/app-version';
import { EXIT_FAILED, EXIT_USAGE } from './command';

/** A failed API call, carrying the exit code the CLI ends with. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(
    readonly error: ApiErrorValue,
    readonly exitCode: number,
  ) {
    super(error.message);
  }
}

/** The CLI is one more caller of the same handlers, in process, with local access. */
export class CliRuntime {
  readonly session = new Session();
  readonly api: HandlerRegistry;

  /** `rollingBackups` for commands a person works in (`serve`); one-shot commands write no backups unasked. */
  constructor(options: { rollingBackups?: boolean } = {}) {
    this.api = createApi(this.session, { appVersion: APP_VERSION, rollingBackups: options.rollingBackups });
  }

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await this.api.dispatch(method, input, { transport: 'cli', access: 'local' });
    if (result.ok) return result.value as MethodOutput<M>;
    throw new CliFailure(result.error, result.error.code === 'VALIDATION' ? EXIT_FAILED : EXIT_USAGE);
  }

  close(): void {
    this.session.closeSync();
  }
}
