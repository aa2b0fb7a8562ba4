/** Orders clause numbers as the standard does: 8.2.6 before 8.3.1, 8.3.4 before 8.3.4.1, 9 before 10. */
export function compareClauses(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
