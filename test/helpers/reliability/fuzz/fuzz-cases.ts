import fc from 'fast-check';
import {
  adversarialNonString,
  adversarialValue,
  ownKeysObject,
  PROTOTYPE_KEYS,
  shortNameOf,
} from './adversarial-values';
import { PATH_KEYS, pathOutside, sandboxPath } from './sandbox-paths';

/** One input to send, with a short description for reports (huge values are named, not printed). */
export interface FuzzCase {
  /** How the input was made: "mutation", "whole input" or "random keys". */
  kind: string;
  description: string;
  input: unknown;
}

export interface CaseOptions {
  /** A valid input of the method; every mutation corrupts one field of it. */
  valid: unknown;
  /** For `local` methods: the folder every path must stay inside, and files already in it. */
  sandbox?: { folder: string; existing: readonly string[] };
}

type Path = (string | number)[];

/**
 * Inputs for one method, three ways: a valid input with one field corrupted (replaced, removed,
 * or joined by an unexpected or prototype key), a wrong value in place of the whole input, and an
 * object of the method's own keys holding adversarial values.
 */
export function fuzzCases(options: CaseOptions): fc.Arbitrary<FuzzCase> {
  const valueFor = valueArbitrary(options.sandbox);
  const paths = pathsOf(options.valid);
  const objectPaths = paths.filter((at) => isPlainObject(valueAt(options.valid, at)));
  const keys = [...new Set(paths.map((at) => at.at(-1)).filter((key) => typeof key === 'string'))];
  const fieldPaths = paths.filter((at) => at.length > 0);

  const replaced = fieldPaths.length
    ? fc
        .constantFrom(...fieldPaths)
        .chain((at) => valueFor(at.at(-1)).map((value) => mutation(options.valid, at, 'replace', value)))
    : null;
  const removed = fieldPaths.length
    ? fc.constantFrom(...fieldPaths).map((at) => mutation(options.valid, at, 'remove'))
    : null;
  const added = fc
    .tuple(
      fc.constantFrom(...objectPaths),
      fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 10 })),
      adversarialValue,
    )
    .map(([at, key, value]) => mutation(options.valid, [...at, key], 'add', value));
  const whole = adversarialValue.map((input) => fuzzCase('whole input', `input = ${show(input)}`, input));
  const randomKeys = fc
    .array(
      fc
        .constantFrom(...keys, ...PROTOTYPE_KEYS)
        .chain((key) => valueFor(key).map((value): [string, unknown] => [key, value])),
      { minLength: 1, maxLength: 5 },
    )
    .map((entries) =>
      fuzzCase(
        'random keys',
        `{ ${entries.map(([key, value]) => `${key}: ${show(value)}`).join(', ')} }`,
        ownKeysObject(entries),
      ),
    );

  const arbitraries: fc.WeightedArbitrary<FuzzCase>[] = [
    { weight: 2, arbitrary: added },
    { weight: 2, arbitrary: whole },
    { weight: 2, arbitrary: randomKeys },
  ];
  if (replaced) arbitraries.push({ weight: 6, arbitrary: replaced });
  if (removed) arbitraries.push({ weight: 2, arbitrary: removed });
  const cases = fc.oneof(...arbitraries);
  // A random key may happen to be a path key; such a case is dropped rather than sent.
  const sandbox = options.sandbox;
  return sandbox ? cases.filter((each) => pathOutside(each.input, sandbox.folder) === null) : cases;
}

/** A case that fast-check reports by its description: the inputs can be megabytes or 5000 levels deep. */
function fuzzCase(kind: string, description: string, input: unknown): FuzzCase {
  return { kind, description, input, [fc.toStringMethod]: () => `${kind}: ${description}` } as FuzzCase;
}

/** Values for a field: a path inside the sandbox (or a non-string) where a `local` method takes a path. */
function valueArbitrary(sandbox: CaseOptions['sandbox']) {
  if (!sandbox) return () => adversarialValue;
  const paths = sandboxPath(sandbox.folder, sandbox.existing);
  const safe = fc.oneof({ weight: 3, arbitrary: paths }, { weight: 1, arbitrary: adversarialNonString });
  return (key: string | number | undefined) =>
    typeof key === 'string' && PATH_KEYS.has(key) ? safe : adversarialValue;
}

function mutation(valid: unknown, at: Path, kind: 'replace' | 'remove' | 'add', value?: unknown): FuzzCase {
  const input = structuredClone(valid);
  const parent = valueAt(input, at.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const key = at.at(-1) as string | number;
  if (kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else {
    Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const where = at.join('.');
  const description =
    kind === 'remove' ? `${where} removed` : `${where} ${kind === 'add' ? 'added as' : '='} ${show(value)}`;
  return fuzzCase('mutation', description, input);
}

/** Every path into a JSON-like value: the root, each object key and each array index. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const paths: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
  else if (isPlainObject(value))
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...at, key]));
  return paths;
}

function valueAt(value: unknown, at: Path): unknown {
  return at.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value for a report: big shared values by name, long strings cut, exotic objects by type. */
export function show(value: unknown): string {
  const name = shortNameOf(value);
  if (name) return name;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  if (value instanceof Date || value instanceof Map || value instanceof Set || value instanceof RegExp)
    return `<${value.constructor.name}>`;
  if (ArrayBuffer.isView(value)) return `<${value.constructor.name}>`;
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  } catch {
    return `<${Object.prototype.toString.call(value)}>`;
  }
}
