import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FirstScreenFiles } from '../../../src-main/host/first-screen-files';
import { useTempDir } from '../../helpers/temp-dir';

describe('the first screen’s files held in memory', () => {
  const tempDir = useTempDir();

  it('holds index.html and what it names, and lets go of a file changed on disk', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'assets'));
    const file = (name: string) => path.join(dir, name);
    writeFileSync(
      file('index.html'),
      '<link rel="icon" href="./assets/icon.svg" /><script type="module" src="./assets/app.js"></script><link rel="stylesheet" href="./assets/app.css">',
    );
    writeFileSync(file('assets/app.js'), 'console.log(1);');
    writeFileSync(file('assets/app.css'), 'body{}');
    writeFileSync(file('assets/icon.svg'), '<svg/>');
    writeFileSync(file('assets/later.js'), 'lazy();');

    const held = FirstScreenFiles.load(dir);
    expect(held.get(file('assets/app.js'))?.toString()).toBe('console.log(1);');
    expect(held.get(file('assets/app.css'))?.toString()).toBe('body{}');
    expect(held.get(file('assets/icon.svg'))?.toString()).toBe('<svg/>');
    expect(held.get(file('index.html'))?.toString()).toContain('app.js');
    // A chunk loaded later is served from disk as before.
    expect(held.get(file('assets/later.js'))).toBeNull();

    // A rebuild rewrote the page: the copy in memory is no longer what the disk holds.
    writeFileSync(file('index.html'), '<script type="module" src="./assets/other.js"></script>');
    utimesSync(file('index.html'), new Date(), new Date(Date.now() + 5_000));
    expect(held.get(file('index.html'))).toBeNull();
  });
});
