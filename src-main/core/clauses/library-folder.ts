import { existsSync } from 'node:fs';
import path from 'node:path';

const LIBRARY_FOLDER = path.join('assets', 'clause-libraries');

/**
 * The folder the shipped clause libraries live in: assets/clause-libraries at the root of the
 * app. The bundles (dist/cli, dist/main) sit two levels below that root, the sources
 * (src-main/core/clauses) three; in a packaged app the same layout is inside the asar archive,
 * which Electron's fs reads transparently. So the nearest ancestor holding the folder wins.
 */
export function defaultClauseLibraryFolder(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (let level = 0; level < 5; level += 1) {
    const candidate = path.join(dir, LIBRARY_FOLDER);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`No ${LIBRARY_FOLDER} folder was found above ${start}; the installation is incomplete.`);
}
