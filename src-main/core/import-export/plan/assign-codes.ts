/**
 * Codes for new records that the file gives none: the register's prefix and the numbers after the
 * highest one in use, in the workspace or anywhere in the file, so that no later row's own code
 * can collide with one given here (SVC-001 … SVC-999, SVC-1000).
 */
export function assignCodes(prefix: string, codesInUse: Iterable<string>, count: number): string[] {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  const used = new Set<string>();
  let highest = 0;
  for (const code of codesInUse) {
    used.add(code.toLowerCase());
    const match = pattern.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const codes: string[] = [];
  let next = highest + 1;
  while (codes.length < count) {
    const code = `${prefix}-${String(next).padStart(3, '0')}`;
    if (!used.has(code.toLowerCase())) codes.push(code);
    next += 1;
  }
  return codes;
}
