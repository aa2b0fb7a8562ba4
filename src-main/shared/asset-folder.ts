import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * A folder of the app's runtime assets (`assets/…` at the root of the app), found by walking up
 * from `start`: the bundles (dist/cli, dist/main) sit two levels below that root, the sources
 * deeper; in a packaged app the same layout is inside the asar archive, which Electron's fs (also
 * in worker threads) reads transparently. The nearest ancestor holding the folder wins.
 */
export function findAssetFolder(relative: string, start: string): string {
  let dir = path.resolve(start);
  for (let level = 0; level < 7; level += 1) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`No ${relative} folder was found above ${start}; the installation is incomplete.`);
}
