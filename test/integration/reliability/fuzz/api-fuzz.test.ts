import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../../src-main/api/contract';
import { errorCodes, type Envelope } from '../../../../src-main/api/errors';
import { fuzzCases } from '../../../helpers/reliability/fuzz/fuzz-cases';
import {
  buildTemplate,
  factsFor,
  MethodWorld,
  stateChange,
  type FuzzTemplate,
} from '../../../helpers/reliability/fuzz/fuzz-world';
import { prototypePollution, prototypeState } from '../../../helpers/reliability/fuzz/prototype-state';
import { pathOutside } from '../../../helpers/reliability/fuzz/sandbox-paths';
import { validInputs } from '../../../helpers/reliability/fuzz/valid-inputs';

/**
 * Every method of the API contract, called through the real handler registry by the caller it is
 * for (a page over the loopback host; the CLI for `local` methods, whose paths all stay inside a
 * temporary folder) on a copy of the sample workspace, with inputs fast-check makes: valid inputs
 * with one field corrupted, wrong values in place of the whole input, and objects of the method's
 * keys holding adversarial values (wrong types, huge strings, deep nesting, prototype keys, dates
 * that do not exist, NaN and infinite numbers, unknown ids, base64 that is not). Each call must
 * answer with a value or a typed error — never throw, never INTERNAL, never hang — leave the
 * built-in prototypes alone, and, when it fails, leave the workspace and the files beside it
 * exactly as they were.
 *
 * CLAUSEBOOK_FUZZ_RUNS sets the cases per method (40 by default) and CLAUSEBOOK_FUZZ_SEED the
 * seed, printed with every run: the same seed and runs replay the same cases (add `-t <method>`
 * to replay one method). Pack jobs a case starts are followed to their end before the next case.
 */

const RUNS = positiveInteger(process.env.CLAUSEBOOK_FUZZ_RUNS) ?? 40;
const SEED = positiveInteger(process.env.CLAUSEBOOK_FUZZ_SEED) ?? 20_260_302;

function positiveInteger(text: string | undefined): number | undefined {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Each method's own seed, so adding a method to the contract leaves the others' cases as they were. */
function seedFor(method: string): number {
  let hash = 0x811c9dc5;
  for (const character of method) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  return (hash ^ SEED) | 0;
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const envelope = value as Record<string, unknown>;
  if (envelope.ok === true) return 'value' in envelope;
  const error = envelope.error as Record<string, unknown> | undefined;
  return (
    envelope.ok === false && typeof error === 'object' && error !== null && typeof error.message === 'string'
  );
}

interface Tally {
  cases: number;
  ok: number;
}

describe('every API method under arbitrary and adversarial input', () => {
  let root: string;
  let template: FuzzTemplate;
  const tallies = new Map<MethodName, Tally>();
  const started = Date.now();

  beforeAll(async () => {
    console.log(
      `API fuzz: seed ${SEED} (CLAUSEBOOK_FUZZ_SEED), ${RUNS} cases per method (CLAUSEBOOK_FUZZ_RUNS).`,
    );
    root = mkdtempSync(path.join(tmpdir(), 'clausebook-fuzz-'));
    template = await buildTemplate(root);
  }, 120_000);

  afterAll(() => {
    const total = [...tallies.values()].reduce((sum, tally) => sum + tally.cases, 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const perMethod = [...tallies]
      .map(([method, tally]) => `${method} ${tally.cases} (${tally.ok} ok)`)
      .join(', ');
    console.log(
      `API fuzz: ${total} cases over ${tallies.size} methods in ${seconds} s, seed ${SEED} — ${perMethod}`,
    );
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has a valid example input, accepted by the contract, for every method', () => {
    const missing = methodNames.filter((method) => !Object.hasOwn(validInputs, method));
    const stale = Object.keys(validInputs).filter((method) => !(methodNames as string[]).includes(method));
    expect(missing, 'methods without a valid example in valid-inputs.ts').toEqual([]);
    expect(stale, 'examples for methods the contract no longer has').toEqual([]);
    const facts = factsFor(template, root, '0b5e1c9a-3f4d-4e8b-9a76-5d2c1e0f9b8a');
    const refused = methodNames.filter(
      (method) => !contract[method].input.safeParse(validInputs[method](facts)).success,
    );
    expect(refused, 'valid examples the contract refuses').toEqual([]);
  });

  it('notices a changed row, a file left behind and a switched workspace (the check is not blind)', async () => {
    const world = await MethodWorld.open(template, 'self-check');
    try {
      const start = await world.state();
      expect(stateChange(start, await world.state())).toBeNull();
      world.session
        .require()
        .db.prepare("UPDATE service SET name = name || ' (changed)' WHERE rowid = 1")
        .run();
      const changed = await world.state();
      expect(stateChange(start, changed)).toBe('the database content changed');
      writeFileSync(path.join(world.files, 'left-behind.tmp'), 'x');
      expect(stateChange(changed, await world.state())).toMatch(/^the files in the folder changed/);
      world.session.closeSync();
      expect(stateChange(changed, await world.state())).toMatch(/^the open workspace changed/);
    } finally {
      world.close();
    }
  });

  methodNames.forEach((method, index) => {
    it(
      `${method}: answers every input with a value or a typed error; a failure changes nothing`,
      { timeout: Math.max(60_000, RUNS * 3_000) },
      async () => {
        const world = await MethodWorld.open(template, `method-${index}`);
        const tally: Tally = { cases: 0, ok: 0 };
        tallies.set(method, tally);
        try {
          const local = contract[method].access === 'local';
          const example = Object.hasOwn(validInputs, method) ? validInputs[method] : undefined;
          if (!example) throw new Error(`${method} has no valid example in valid-inputs.ts to fuzz from.`);
          const cases = fuzzCases({
            valid: example(world.facts),
            sandbox: local ? { folder: world.files, existing: world.existingPaths() } : undefined,
          });
          const prototypes = prototypeState();
          let before = await world.state();
          await fc.assert(
            fc.asyncProperty(cases, async (each) => {
              const outside = local ? pathOutside(each.input, world.files) : null;
              if (outside) throw new Error(`Refusing to send a path outside the fuzzing folder: ${outside}`);
              const result = await world.dispatch(method, each.input);
              tally.cases++;
              expect(isEnvelope(result), 'the answer is an envelope').toBe(true);
              if (result.ok) tally.ok++;
              else {
                expect(errorCodes).toContain(result.error.code);
                expect(result.error.code, result.error.message).not.toBe('INTERNAL');
                expect(result.error.message.trim()).not.toBe('');
              }
              expect(prototypePollution(prototypes)).toBeNull();
              const jobError = await world.settle(method, result);
              expect(jobError?.code, jobError?.message).not.toBe('INTERNAL');
              const after = await world.state();
              if (!result.ok) {
                expect(
                  stateChange(before, after),
                  `after ${result.error.code}: ${result.error.message}`,
                ).toBeNull();
              }
              before = after;
            }),
            { numRuns: RUNS, seed: seedFor(method) },
          );
          expect(await world.runningJobs(), 'pack jobs still running').toEqual([]);
        } finally {
          world.close();
        }
      },
    );
  });

  it('fuzzed every method of the contract', () => {
    const short = methodNames.filter((method) => (tallies.get(method)?.cases ?? 0) < RUNS);
    expect(short, 'methods with fewer fuzz cases than asked for').toEqual([]);
  });
});
