import fc from 'fast-check';

/**
 * Values a careless or hostile caller may send in place of any field: wrong types, edge numbers,
 * dates that do not exist, strings that look like code, ids of nothing, base64 that is not, huge
 * strings, deep nesting and objects whose own keys aim at Object.prototype. The big ones are built
 * once and shared: a case picks them, never copies them.
 */

const MIB = 1024 * 1024;

/** Shown in reports instead of the value itself (a megabyte string, thousands of levels). */
const shortNames = new Map<unknown, string>();
function named<T>(value: T, name: string): T {
  shortNames.set(value, name);
  return value;
}
/** The short name of a shared big value, for case descriptions. */
export function shortNameOf(value: unknown): string | undefined {
  return shortNames.get(value);
}

export const HUGE_TEXT = 'x'.repeat(MIB + 1);
export const HUGE_UNICODE_TEXT = 'ö€😀'.repeat(Math.ceil(MIB / 3));
/** Valid base64 of 1.5 MiB of zero bytes: a large, well-formed upload. */
export const HUGE_BASE64 = 'A'.repeat(2 * MIB);
/** Over a megabyte of characters base64 does not have. */
export const HUGE_NOT_BASE64 = '#$%&'.repeat(MIB / 4 + 1);
shortNames.set(HUGE_TEXT, '<1 MiB of "x">');
shortNames.set(HUGE_UNICODE_TEXT, '<1 MiB of "ö€😀">');
shortNames.set(HUGE_BASE64, '<2 MiB of base64 "A">');
shortNames.set(HUGE_NOT_BASE64, '<1 MiB of "#$%&">');

const DEPTH = 5000;

function nestedObject(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

function nestedArray(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

/** Nested JSON text parsed the way a transport parses it. */
function nestedJson(depth: number): unknown {
  return JSON.parse(`${'{"__proto__":'.repeat(depth)}{}${'}'.repeat(depth)}`);
}

export const DEEP_OBJECT = named(nestedObject(DEPTH), `<object nested ${DEPTH} levels>`);
export const DEEP_ARRAY = named(nestedArray(DEPTH), `<array nested ${DEPTH} levels>`);
export const DEEP_PROTO_CHAIN = named(nestedJson(DEPTH), `<"__proto__" keys nested ${DEPTH} levels>`);

/**
 * Objects with `__proto__`, `constructor` and `prototype` as their own keys, as JSON.parse makes
 * them from a request body (an object literal would set the prototype instead).
 */
export const PROTOTYPE_POLLUTERS: readonly unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
  JSON.parse('{"__proto__": {"toString": "polluted", "valueOf": 1}}'),
  JSON.parse('[{"__proto__": {"polluted": "yes"}}]'),
  JSON.parse('{"a": {"__proto__": {"polluted": "yes"}, "constructor": {"name": "polluted"}}}'),
];

/** Keys that name the prototype machinery or Object.prototype's own methods. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
] as const;

export const INVALID_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2025-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-2-3',
  '0000-00-00',
  '+275760-09-13',
  '2026-03-01T00:00:00Z',
  '2026-03-01 ',
  ' 2026-03-01',
  '01/03/2026',
  'yesterday',
  'tomorrow',
  'today',
  'now',
  'Invalid Date',
] as const;

export const NOT_BASE64 = [
  'not base64!',
  '====',
  'YQ',
  'YQ=',
  'Y===',
  'YWJj\n',
  ' YWJj',
  'YW Jj',
  'YWJj-_',
  'data:text/plain;base64,YWJj',
  '\u0000\u0001',
] as const;

export const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
  -1e21,
] as const;

export const AWKWARD_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u202Eevil\u202C',
  '\uD800',
  '😀',
  'NaN',
  'Infinity',
  '-0',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '1e3',
  '0x10',
  "'; DROP TABLE service; --",
  '" OR 1=1 --',
  '%s%s%s%n',
  '*',
  '"',
  'NEAR(a b)',
  'a OR b NOT c',
  '^',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'C:\\Windows\\System32',
  '/dev/zero',
  'file:///etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.com")',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '12345678-1234-1234-1234-1234567890ab ',
  'iso20000-1-2018',
  '8.3.4-01',
  'SVC-001',
  'AB:CD',
  ...PROTOTYPE_KEYS,
] as const;

/** Things a structured-clone transport (Electron IPC) can carry that JSON cannot. */
function exoticValues(): unknown[] {
  return [
    undefined,
    new Date('invalid'),
    new Date(0),
    BigInt(1),
    BigInt('123456789012345678901234567890'),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array([1, 2, 3]),
    /regex/,
    new Error('an error object'),
    Object.create(null) as unknown,
  ];
}

const BIG = [
  HUGE_TEXT,
  HUGE_UNICODE_TEXT,
  HUGE_BASE64,
  HUGE_NOT_BASE64,
  DEEP_OBJECT,
  DEEP_ARRAY,
  DEEP_PROTO_CHAIN,
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, ...EDGE_NUMBERS),
  fc.constantFrom<unknown>(...AWKWARD_STRINGS, ...INVALID_DATES, ...NOT_BASE64),
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
);

/** Any adversarial value, scalar or structured; the big shared ones come up often enough to matter. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...BIG) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...PROTOTYPE_POLLUTERS) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...exoticValues()) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [null], [[]], [{}]) },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...PROTOTYPE_KEYS)), scalar), {
        maxLength: 4,
      })
      .map(ownKeysObject),
  },
);

/** Non-string adversarial values, for fields whose strings must be kept safe (paths). */
export const adversarialNonString: fc.Arbitrary<unknown> = adversarialValue.filter(
  (value) => typeof value !== 'string',
);

/**
 * An object whose entries are all own data properties, `__proto__` included (assigning would set
 * the prototype; JSON.parse and defineProperty make an own key, as a parsed request body has).
 */
export function ownKeysObject(
  entries: Record<string, unknown> | [string, unknown][],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of Array.isArray(entries) ? entries : Object.entries(entries)) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}
