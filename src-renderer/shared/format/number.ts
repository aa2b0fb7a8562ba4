const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** "99.95", "1,200", "0.5": as many decimals as the value has, up to three. */
export function formatNumber(value: number): string {
  return plain.format(value);
}

/** "99.5%", "4 hours", "12": a unit of % sits against the number, any other after a space. */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
