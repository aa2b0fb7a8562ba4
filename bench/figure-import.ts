import { copyFileSync, createReadStream, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { cliArgs, type BenchContext } from './context';
import { figure, type Figure } from './figure';
import { failureText, runChild } from './measure';
import { Seeded } from './seeded';

const TITLE = 'Import of measurements from CSV (rows/s)';
const TARGET = 'within 3× of the baseline';
/** Past this the import is stopped and the figure fails, so the whole bench keeps to 15 minutes. */
const IMPORT_LIMIT_SECONDS = 360;

/**
 * Figure 1: `clausebook import` of the generated CSV into a copy of the workspace (the CLI calls
 * the same API method as the app), against the same rows inserted with one prepared statement in
 * one transaction into another copy. Both copies start identical.
 */
export async function importFigure(context: BenchContext): Promise<Figure> {
  const { generated } = context;
  const copy = path.join(context.scratch, 'import.clausebook');
  copyFileSync(generated.file, copy);
  let run;
  try {
    run = await runChild(
      ...cliArgs(context, 'import', copy, 'measurements', generated.importCsv),
      process.env,
      IMPORT_LIMIT_SECONDS,
    );
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}-wal`, { force: true });
  }
  const baselineCopy = path.join(context.scratch, 'baseline.clausebook');
  copyFileSync(generated.file, baselineCopy);
  let baselineSeconds: number;
  try {
    baselineSeconds = await baselineInsert(baselineCopy, generated.importCsv);
  } finally {
    rmSync(baselineCopy, { force: true });
    rmSync(`${baselineCopy}-wal`, { force: true });
  }
  const baseline = generated.importRows / baselineSeconds;
  if (run.code !== 0) throw new Error(`clausebook import failed (${failureText(run)})`);
  const value = generated.importRows / run.seconds;
  return figure({
    id: 1,
    title: TITLE,
    value,
    unit: 'rows/s',
    baseline,
    baselineLabel: 'one prepared INSERT, one transaction',
    // How many times slower than the baseline the import is.
    ratio: baseline / value,
    target: TARGET,
    pass: baseline / value <= 3,
    details: {
      rows: generated.importRows,
      importSeconds: round(run.seconds),
      baselineSeconds: round(baselineSeconds),
      peakRssMiB: run.peakRssBytes === null ? null : round(run.peakRssBytes / 2 ** 20),
    },
  });
}

export const importFigureInfo = { id: 1, title: TITLE, target: TARGET };

/** The floor: read the CSV, resolve target codes from a map, insert each row with one statement. */
async function baselineInsert(file: string, csv: string): Promise<number> {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const started = performance.now();
    const targets = new Map(
      (db.prepare('SELECT code, id FROM target').all() as { code: string; id: string }[]).map((row) => [
        row.code,
        row.id,
      ]),
    );
    const insert = db.prepare(
      `INSERT INTO measurement (id, target_id, period_start, value, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const random = new Seeded(1);
    const stamp = new Date().toISOString();
    db.exec('BEGIN IMMEDIATE');
    let header = true;
    for await (const line of createInterface({ input: createReadStream(csv), crlfDelay: Infinity })) {
      if (header) {
        header = false;
        continue;
      }
      if (!line) continue;
      const [code, period, value, note] = line.split(',');
      insert.run(random.uuid(), targets.get(code!), period, Number(value), note ?? '', stamp, stamp);
    }
    db.exec('COMMIT');
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
