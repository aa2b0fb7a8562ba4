import { z } from 'zod';
import { method, type MethodSpec } from './method-spec';
import { byId, deleteInput, deleteOutcome } from './schemas/registers/record-api';
import { listInput } from './schemas/registers/lists';
import { recordId } from './schemas/fields';

type RendererMethod<I extends z.ZodType, O extends z.ZodType> = MethodSpec<I, O, 'renderer'>;

/**
 * The five methods every register with coded records has: list (one page, searched, filtered,
 * sorted), get, create, update and delete. Each write is one transaction with its change-log entry.
 */
export function registerMethods<
  R extends string,
  I extends z.ZodType,
  O extends z.ZodType,
  P extends z.ZodType,
>(register: R, input: I, record: O, page: P) {
  const updateInput = z.strictObject({ id: recordId, values: input });
  return {
    [`${register}.list`]: method({
      access: 'renderer',
      effect: 'reads',
      summary: `One page of ${register}.`,
      input: listInput,
      output: page,
    }),
    [`${register}.get`]: method({
      access: 'renderer',
      effect: 'reads',
      summary: `One of the ${register}, whole.`,
      input: byId,
      output: record,
    }),
    [`${register}.create`]: method({
      access: 'renderer',
      summary: `Add to the ${register}.`,
      input,
      output: record,
    }),
    [`${register}.update`]: method({
      access: 'renderer',
      summary: `Replace one of the ${register} with new values.`,
      input: updateInput,
      output: record,
    }),
    [`${register}.delete`]: method({
      access: 'renderer',
      summary: `Delete one of the ${register}, refusing while other records name it.`,
      input: deleteInput,
      output: deleteOutcome,
    }),
  } as { [K in `${R}.list`]: RendererMethod<typeof listInput, P> } & {
    [K in `${R}.get`]: RendererMethod<typeof byId, O>;
  } & { [K in `${R}.create`]: RendererMethod<I, O> } & {
    [K in `${R}.update`]: RendererMethod<typeof updateInput, O>;
  } & { [K in `${R}.delete`]: RendererMethod<typeof deleteInput, typeof deleteOutcome> };
}
