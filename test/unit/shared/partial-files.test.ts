import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partialPathFor, STALE_PARTIAL_MS, sweepStalePartials } from '../../../src-main/shared/partial-files';
import { useTempDir } from '../../helpers/temp-dir';

describe('temporary files of whole-file writes', () => {
  const tempDir = useTempDir();

  function fileAged(folder: string, name: string, ageMs: number): void {
    const file = path.join(folder, name);
    writeFileSync(file, 'x');
    const when = new Date(Date.now() - ageMs);
    utimesSync(file, when, when);
  }

  it('names a hidden, unique file beside the target', () => {
    const target = path.join(tempDir(), 'Harbourline pack.pdf');
    const first = partialPathFor(target);
    expect(path.dirname(first)).toBe(path.dirname(target));
    expect(path.basename(first)).toMatch(/^\.Harbourline pack\.pdf\.[0-9a-f]{12}\.partial$/);
    expect(partialPathFor(target)).not.toBe(first);
  });

  it('clears only temporary files left untouched for over an hour', () => {
    const folder = tempDir();
    const stale = STALE_PARTIAL_MS + 60_000;
    fileAged(folder, '.pack.pdf.0123456789ab.partial', stale);
    fileAged(folder, '.backup.clausebook.0123456789ab.partial-journal', stale);
    fileAged(folder, '.export.csv.a1b2c3d4e5f6.partial', 60_000); // a write under way
    fileAged(folder, 'report.partial', stale); // the user's own files
    fileAged(folder, '.notes.partial', stale);
    fileAged(folder, '.draft.0123456789ab.partial.txt', stale);
    mkdirSync(path.join(folder, '.folder.0123456789ab.partial'));

    expect(sweepStalePartials(folder)).toBe(2);
    expect(readdirSync(folder).sort()).toEqual([
      '.draft.0123456789ab.partial.txt',
      '.export.csv.a1b2c3d4e5f6.partial',
      '.folder.0123456789ab.partial',
      '.notes.partial',
      'report.partial',
    ]);
  });

  it('takes the time it is given, so a later clock clears what is fresh now', () => {
    const folder = tempDir();
    fileAged(folder, '.pack.pdf.0123456789ab.partial', 0);
    expect(sweepStalePartials(folder)).toBe(0);
    expect(sweepStalePartials(folder, Date.now() + STALE_PARTIAL_MS + 1_000)).toBe(1);
    expect(existsSync(path.join(folder, '.pack.pdf.0123456789ab.partial'))).toBe(false);
  });

  it('does nothing, and says so, for a folder that is not there', () => {
    expect(sweepStalePartials(path.join(tempDir(), 'missing'))).toBe(0);
  });
});
