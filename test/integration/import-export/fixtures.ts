import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/cli';

export const fixtureDir = path.join(repoRoot, 'test/fixtures/import');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(fixtureDir, name));
}
