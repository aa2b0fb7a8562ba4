import { cpus, release, totalmem, type } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Figure } from './figure';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  date: string;
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

function show(value: number | null, unit = ''): string {
  if (value === null) return '—';
  const text =
    Math.abs(value) >= 100
      ? Math.round(value).toLocaleString('en-GB')
      : String(Math.round(value * 100) / 100);
  return unit ? `${text} ${unit}` : text;
}

function detailText(figure: Figure): string {
  if (figure.error) return `error: ${figure.error.replace(/\|/g, '/').replace(/\s+/g, ' ').trim()}`;
  return Object.entries(figure.details)
    .filter(([key]) => key !== 'measured' && key !== 'scripts')
    .map(([key, value]) => `${key} ${value}`)
    .join('; ')
    .replace(/\|/g, '/');
}

export function markdownTable(
  scale: string,
  host: Machine,
  figures: readonly Figure[],
  generation: string,
): string {
  const rows = figures.map(
    (f) =>
      `| ${f.id} | ${f.title} | ${show(f.value, f.unit)} | ${f.baseline === null ? '—' : `${show(f.baseline, f.unit === 'rows/s' ? 'rows/s' : f.unit)} (${f.baselineLabel})`} | ${show(f.ratio)} | ${f.target} | ${f.pass ? 'pass' : '**FAIL**'} | ${detailText(f)} |`,
  );
  return [
    `Scale ${scale} on ${host.cpu}, ${host.cores} cores, ${host.ramGiB} GiB RAM, ${host.os}, Node ${host.node}, ${host.date.slice(0, 10)}. ${generation}`,
    '',
    '| # | Figure | Value | Baseline (same run) | Ratio | Target | Result | Details |',
    '| - | - | - | - | - | - | - | - |',
    ...rows,
    '',
  ].join('\n');
}

/**
 * Writes the results formatted as the repository's Prettier would, so `npm run lint` stays green
 * when they are committed (the README shows the table).
 */
export async function writeResults(folder: string, json: unknown, markdown: string): Promise<void> {
  const prettier = await import('prettier');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of [
    ['results.json', JSON.stringify(json, null, 2)],
    ['results.md', `# Benchmark results\n\n${markdown}`],
  ] as const) {
    const file = `${folder}/${name}`;
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  }
}
