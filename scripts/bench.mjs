// `npm run bench [-- --scale S --only 1,4 --no-build]`: builds the app into dist-bench (never the
// shared dist/), bundles bench/*.ts beside the pack worker so exports run off the main thread as in
// the app, then runs the bench. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist-bench');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const passed = args.filter((arg) => arg !== '--no-build');

if (!skipBuild || !existsSync(path.join(dist, 'cli', 'clausebook.cjs'))) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CLAUSEBOOK_DIST: 'dist-bench' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { build } = await import('esbuild');
const out = path.join(dist, 'bench');
mkdirSync(out, { recursive: true });
const bundle = (name) => ({
  entryPoints: [path.join(root, 'bench', `${name}.ts`)],
  outfile: path.join(out, `${name}.cjs`),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3', '@playwright/test', 'playwright', 'playwright-core', 'prettier'],
  logLevel: 'warning',
  absWorkingDir: root,
});
await Promise.all([build(bundle('bench')), build(bundle('export-probe'))]);
copyFileSync(path.join(dist, 'cli', 'pack-worker.cjs'), path.join(out, 'pack-worker.cjs'));

const run = spawnSync(
  process.execPath,
  [
    '--enable-source-maps',
    path.join(out, 'bench.cjs'),
    '--cli',
    path.join(dist, 'cli', 'clausebook.cjs'),
    ...passed,
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
