const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "148 kB", "2.4 MB": decimal units, as file managers on every desktop now show them. */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const format = new Intl.NumberFormat('en-GB', {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  });
  return format.format(value);
}
