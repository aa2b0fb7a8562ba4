/** The built-in prototypes a polluting input would reach through `__proto__` or `constructor.prototype`. */
const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];

export type PrototypeState = Map<string, unknown>;

/** Every own property of the built-in prototypes, by name, with its value or accessor. */
export function prototypeState(): PrototypeState {
  const state: PrototypeState = new Map();
  for (const [name, prototype] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      state.set(`${name}.${String(key)}`, descriptor?.get ?? descriptor?.set ?? descriptor?.value);
    }
  }
  return state;
}

/** What an input added to or changed on the built-in prototypes, or null when it left them alone. */
export function prototypePollution(before: PrototypeState): string | null {
  const after = prototypeState();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (key) => !Object.is(before.get(key), after.get(key)),
  );
  // A fresh object and array must not inherit anything an input named.
  const probe = {} as Record<string, unknown>;
  const inherited = ['polluted', 'isAdmin'].filter(
    (key) => probe[key] !== undefined || ([] as unknown as Record<string, unknown>)[key] !== undefined,
  );
  const found = [...changed, ...inherited.map((key) => `inherited ${key}`)];
  return found.length > 0 ? `the built-in prototypes were changed: ${found.join(', ')}` : null;
}
