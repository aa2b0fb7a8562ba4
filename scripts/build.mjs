// One build command for every part of Clausebook: the renderer (Vite), the Electron main
// process and preload, and the CLI (esbuild). `--if-missing` lets `npm install` build once
// without rebuilding on every install.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// CLAUSEBOOK_DIST lets two builds run side by side (e.g. dist-review); it must stay inside the
// checkout so the built code still finds assets/ by walking up from its own folder.
const dist = process.env.CLAUSEBOOK_DIST ?? 'dist';
if (!/^dist(-[a-z0-9]+)?$/.test(dist))
  throw new Error(`CLAUSEBOOK_DIST must be dist or dist-<name>, not ${dist}`);
const outputs = [
  `${dist}/renderer/index.html`,
  `${dist}/main/main.cjs`,
  `${dist}/main/preload.cjs`,
  `${dist}/cli/clausebook.cjs`,
  `${dist}/main/pack-worker.cjs`,
  `${dist}/cli/pack-worker.cjs`,
];

if (process.argv.includes('--if-missing') && outputs.every((file) => existsSync(path.join(root, file)))) {
  process.exit(0);
}

// Loaded only now, so the `--if-missing` check above stays instant (npx runs it on every call).
const { build: viteBuild } = await import('vite');
const { build: esbuild } = await import('esbuild');

rmSync(path.join(root, dist), { recursive: true, force: true });

await viteBuild({
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: path.join(root, dist, 'renderer') },
});

const node = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  // Native and Electron modules are loaded at run time, never bundled.
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  esbuild({ ...node, entryPoints: ['src-main/electron/main-entry.ts'], outfile: `${dist}/main/main.cjs` }),
  // A sandboxed preload runs in a restricted CommonJS environment: bundle everything it uses.
  esbuild({
    ...node,
    platform: 'browser',
    entryPoints: ['src-main/electron/preload.ts'],
    outfile: `${dist}/main/preload.cjs`,
  }),
  esbuild({ ...node, entryPoints: ['src-main/cli/main.ts'], outfile: `${dist}/cli/clausebook.cjs` }),
  // Packs are laid out and signed in a worker thread beside each bundle that exports them.
  ...['main', 'cli'].map((folder) =>
    esbuild({
      ...node,
      entryPoints: ['src-main/core/packs/export/pack-worker.ts'],
      outfile: `${dist}/${folder}/pack-worker.cjs`,
    }),
  ),
]);

for (const file of outputs) {
  if (!existsSync(path.join(root, file))) throw new Error(`build did not produce ${file}`);
}
console.log('built: ' + outputs.join(', '));
