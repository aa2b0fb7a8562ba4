import { type z } from 'zod';
import { contract, isMethodName, type Access, type MethodName } from './contract';
import { ClausebookError, type Envelope } from './errors';
import { Turns, type ReadTurn } from './turns';

export type Transport = 'ipc' | 'http' | 'cli';

/** Who is calling: the transport, and whether it may use `local` methods (paths on this machine). */
export interface CallContext {
  transport: Transport;
  access: Access;
}

export type Handler<M extends MethodName> = (
  input: z.output<(typeof contract)[M]['input']>,
  context: CallContext,
) => Promise<z.input<(typeof contract)[M]['output']>> | z.input<(typeof contract)[M]['output']>;

/**
 * One handler per contract method. Every call goes through `dispatch`, which parses the input
 * with the method's schema, runs the handler, checks the output, and turns every failure into an
 * error value: handlers never see unvalidated data and callers never see a stack trace.
 */
export class HandlerRegistry {
  readonly #handlers = new Map<MethodName, Handler<MethodName>>();
  /**
   * Calls start in arrival order. Calls that only read the workspace run beside each other and
   * beside a backup; every other call waits for what came before it and runs alone, so a close
   * cannot land in the middle of a backup and a read asked for after a write sees the write.
   */
  readonly #turns = new Turns();

  register<M extends MethodName>(method: M, handler: Handler<M>): void {
    if (this.#handlers.has(method)) throw new Error(`A handler for ${method} is already registered.`);
    this.#handlers.set(method, handler as unknown as Handler<MethodName>);
  }

  has(method: MethodName): boolean {
    return this.#handlers.has(method);
  }

  dispatch(method: unknown, input: unknown, context: CallContext): Promise<Envelope<unknown>> {
    // An unknown method is answered with an error and touches nothing, so it need not wait.
    const effect = isMethodName(method) ? (contract[method].effect ?? 'writes') : 'reads';
    return this.#turns.run(effect, () => this.#run(method, input, context));
  }

  /**
   * Runs work that is not a call and only reads the workspace (a rolling backup) in turn with the
   * calls: calls that read run beside it, calls that write wait until it ends.
   */
  alongsideReads<T>(work: (turn: ReadTurn) => Promise<T> | T): Promise<T> {
    return this.#turns.run('reads', work);
  }

  async #run(method: unknown, input: unknown, context: CallContext): Promise<Envelope<unknown>> {
    try {
      if (!isMethodName(method)) {
        const shown =
          typeof method === 'string' ? `named "${method.slice(0, 80)}"` : `given by a ${typeof method}`;
        throw new ClausebookError('UNKNOWN_METHOD', `Clausebook has no operation ${shown}.`);
      }
      const spec = contract[method];
      if (spec.access === 'local' && context.access !== 'local') {
        throw new ClausebookError(
          'FORBIDDEN',
          `${method} can only be used from the desktop app or the command line.`,
        );
      }
      const handler = this.#handlers.get(method);
      if (!handler) throw new ClausebookError('UNKNOWN_METHOD', `${method} is not available here.`);
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new ClausebookError('VALIDATION', describeIssues(parsed.error), {
          issues: issueList(parsed.error),
        });
      }
      const result = await handler(parsed.data as never, context);
      const output = spec.output.safeParse(result);
      if (!output.success) {
        throw new Error(
          `${method} produced output that does not match its contract: ${output.error.message}`,
        );
      }
      return { ok: true, value: output.data };
    } catch (error) {
      return { ok: false, error: toErrorValue(error) };
    }
  }
}

function issueList(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

function describeIssues(error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return 'The input is not valid.';
  const where = first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
  const more =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})`
      : '';
  return `${where}${first.message}${more}`;
}

function toErrorValue(error: unknown) {
  if (error instanceof ClausebookError) return error.toValue();
  // Anything else is a bug or an unexpected system failure: say so plainly, keep internals out.
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL' as const, message: `Clausebook hit an unexpected problem: ${reason}` };
}
