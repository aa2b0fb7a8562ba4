import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext } from './context';
import { failedFigure, type Figure } from './figure';
import { browserFigures, dashboardFigureInfo, listsFigureInfo, weightFigureInfo } from './figure-browser';
import { importFigure, importFigureInfo, round } from './figure-import';
import { packFigures } from './figure-pack';
import { readinessFigure, readinessFigureInfo } from './figure-readiness';
import { generatedWorkspace } from './generate-workspace';
import { machine, markdownTable, writeResults } from './report';
import { scales } from './scale';

/**
 * `npm run bench`: generates (or reuses) a workspace of the chosen scale, measures the figures of
 * issue 7 with their baselines, writes bench/results.json and bench/results.md, prints the table,
 * and exits 1 when a target is missed.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'L' },
      only: { type: 'string' },
      seed: { type: 'string', default: '20000' },
      cache: {
        type: 'string',
        default: process.env.CLAUSEBOOK_BENCH_CACHE ?? path.join(tmpdir(), 'clausebook-bench'),
      },
      cli: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: false,
  });
  const scale = scales[values.scale.toUpperCase()];
  if (!scale) throw new Error(`--scale takes ${Object.keys(scales).join(', ')}, not "${values.scale}".`);
  const wanted = new Set(
    values.only ? values.only.split(',').map((n) => Number(n.trim())) : [1, 2, 3, 4, 5, 6, 7],
  );
  if ([...wanted].some((n) => !Number.isInteger(n) || n < 1 || n > 7))
    throw new Error(`--only takes figure numbers 1 to 7 separated by commas, not "${values.only}".`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number, not "${values.seed}".`);
  if (!values.cli) throw new Error('--cli must name the built CLI (scripts/bench.mjs passes it).');

  console.log(`Scale ${scale.name}, seed ${seed}; cache in ${values.cache}.`);
  const generated = await generatedWorkspace(values.cache, scale, seed);
  const generation =
    generated.generationSeconds === null
      ? 'Workspace reused from the cache.'
      : `Workspace generated in ${round(generated.generationSeconds, 1)} s (not a target).`;
  console.log(generation);
  const scratch = path.join(values.cache, `run-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  const context: BenchContext = {
    scale,
    cli: values.cli,
    generated,
    scratch,
    passphrase: 'bench passphrase, not a secret',
  };
  const figures: Figure[] = [];
  const attempt = async (info: { id: number; title: string; target: string }, run: () => Promise<Figure>) => {
    if (!wanted.has(info.id)) return;
    console.log(`Figure ${info.id}: ${info.title}…`);
    try {
      figures.push(await run());
    } catch (error) {
      figures.push(failedFigure(info.id, info.title, info.target, error));
    }
  };
  try {
    await attempt(importFigureInfo, () => importFigure(context));
    await attempt(readinessFigureInfo, () => readinessFigure(context));
    if ([2, 3, 7].some((n) => wanted.has(n))) {
      console.log('Figures 2, 3, 7 in Chromium…');
      try {
        figures.push(...(await browserFigures(context, wanted)));
      } catch (error) {
        for (const info of [dashboardFigureInfo, listsFigureInfo, weightFigureInfo])
          if (wanted.has(info.id)) figures.push(failedFigure(info.id, info.title, info.target, error));
      }
    }
    if (wanted.has(5) || wanted.has(6)) {
      console.log('Figures 5, 6: pack and verify…');
      figures.push(...(await packFigures(context, wanted)));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  figures.sort((a, b) => a.id - b.id);
  const host = machine();
  const table = markdownTable(scale.name, host, figures, generation);
  const folder = values.out ?? path.resolve('bench');
  await writeResults(
    folder,
    { scale: scale.name, seed, machine: host, generationSeconds: generated.generationSeconds, figures },
    table,
  );
  console.log('\n' + table);
  const missed = figures.filter((f) => !f.pass).length;
  console.log(missed === 0 ? 'Every target holds.' : `${missed} of ${figures.length} targets missed.`);
  return missed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
