import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MMAP_BYTES, readWithoutMemoryMap } from '../../../src-main/core/workspace/memory-map';
import { useTempDir } from '../../helpers/temp-dir';

describe('reading a workspace without its memory map', () => {
  const tempDir = useTempDir();

  it('turns the map off for as long as any work asks, and back on when the last is done', () => {
    const db = new Database(path.join(tempDir(), 'mapped.db'));
    db.pragma(`mmap_size = ${MMAP_BYTES}`);
    const mapped = () => db.pragma('mmap_size', { simple: true });
    expect(mapped()).toBe(MMAP_BYTES);

    const first = readWithoutMemoryMap(db);
    const second = readWithoutMemoryMap(db);
    expect(mapped()).toBe(0);
    first();
    first();
    expect(mapped()).toBe(0);
    second();
    expect(mapped()).toBe(MMAP_BYTES);

    // Work that ends after the workspace was closed (the app quitting mid-export) ends quietly.
    const third = readWithoutMemoryMap(db);
    db.close();
    expect(() => third()).not.toThrow();
  });
});
