import path from 'node:path';
import fc from 'fast-check';

/** The input keys of `local` methods that name a file on this machine. */
export const PATH_KEYS: ReadonlySet<string> = new Set(['path', 'outputPath', 'p12Path']);

/** Whether `candidate` names `folder` itself or something inside it, once `..` and `.` are resolved. */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(folder, path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Names a fuzzed path may be built from: plain, `..`, `.`, control characters, 300 characters… */
const SEGMENTS = [
  'a',
  'b',
  '..',
  '.',
  'new.clausebook',
  'copy.clausebook',
  'backup.clausebook',
  'out.csv',
  'out.xlsx',
  'out.txt',
  'pack.pdf',
  'evidence.txt',
  'import.csv',
  'identity.p12',
  'restore.clausebook',
  'workspace.clausebook',
  'folder',
  'missing',
  `${'n'.repeat(300)}.csv`,
  'tab\there.csv',
  'bell\u0007.pdf',
  'new\nline.clausebook',
  ' spaced .csv',
  'é-ü-ß.csv',
  '😀.clausebook',
  'CON',
  '...',
  '-rf',
  '*',
] as const;

/**
 * Absolute paths that stay inside `folder` whatever their `..` segments: the existing fixtures, a
 * path of fuzzed segments (kept only when it resolves inside), and one too long for the contract.
 * Paths outside are never produced, so no fuzz case can touch a real file.
 */
export function sandboxPath(folder: string, existing: readonly string[]): fc.Arbitrary<string> {
  const built = fc
    .array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 5 })
    .map((segments) => [folder, ...segments].join(path.sep))
    .filter((candidate) => isInside(folder, candidate));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...existing) },
    { weight: 4, arbitrary: built },
    { weight: 1, arbitrary: fc.constant(path.join(folder, 'a'.repeat(5000))) },
    { weight: 1, arbitrary: fc.constant(`${folder}${path.sep}`) },
  );
}

/**
 * The first path in an input that leads outside `folder`, as "key: value", or null when there is
 * none. Walks without recursion, so inputs nested thousands of levels deep are checked too.
 */
export function pathOutside(input: unknown, folder: string): string | null {
  const pending: unknown[] = [input];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (PATH_KEYS.has(key) && typeof child === 'string' && !isInside(folder, child))
        return `${key}: ${child.slice(0, 200)}`;
      pending.push(child);
    }
  }
  return null;
}
