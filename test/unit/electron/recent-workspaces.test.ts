import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_WORKSPACES,
  RecentWorkspaces,
  addRecent,
  parseRecent,
  removeRecent,
} from '../../../src-main/electron/recent-workspaces';

const file = (name: string) => path.resolve('/work', `${name}.clausebook`);

describe('recent workspace list', () => {
  it('puts the latest first and keeps each file once', () => {
    let list: string[] = [];
    for (const name of ['a', 'b', 'c', 'b']) list = addRecent(list, file(name));
    expect(list).toEqual([file('b'), file('c'), file('a')]);
    expect(addRecent(list, path.join('/work', 'sub', '..', 'a.clausebook'))).toEqual([
      file('a'),
      file('b'),
      file('c'),
    ]);
  });

  it(`keeps at most ${MAX_RECENT_WORKSPACES}, dropping the oldest`, () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_WORKSPACES + 3; i += 1) list = addRecent(list, file(`w${i}`));
    expect(list).toHaveLength(MAX_RECENT_WORKSPACES);
    expect(list[0]).toBe(file(`w${MAX_RECENT_WORKSPACES + 2}`));
    expect(list).not.toContain(file('w2'));
    expect(list).toContain(file('w3'));
  });

  it('removes a file', () => {
    expect(removeRecent([file('a'), file('b')], file('a'))).toEqual([file('b')]);
  });

  it('reads only absolute paths from whatever is on disk, in order, without duplicates', () => {
    expect(parseRecent({ not: 'a list' })).toEqual([]);
    expect(parseRecent([file('a'), 42, 'relative.clausebook', null, file('b'), file('a')])).toEqual([
      file('a'),
      file('b'),
    ]);
  });
});

describe('recent workspace store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'clausebook-recent-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const workspace = (name: string) => {
    const target = path.join(dir, `${name}.clausebook`);
    writeFileSync(target, '');
    return target;
  };

  it('persists the list and reads it back in a new store', () => {
    const store = path.join(dir, 'recent.json');
    const [a, b] = [workspace('a'), workspace('b')];
    const recent = new RecentWorkspaces(store);
    recent.add(a);
    recent.add(b);
    expect(new RecentWorkspaces(store).list()).toEqual([b, a]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual([b, a]);
    // Written through a temporary file that is renamed into place: none is left behind.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('drops files that no longer exist', () => {
    const store = path.join(dir, 'recent.json');
    const [a, b] = [workspace('a'), workspace('b')];
    new RecentWorkspaces(store).add(a);
    new RecentWorkspaces(store).add(b);
    rmSync(a);
    expect(new RecentWorkspaces(store).list()).toEqual([b]);
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual([b]);
  });

  it('treats a damaged file as an empty list and clears on request', () => {
    const store = path.join(dir, 'recent.json');
    writeFileSync(store, '{ not json');
    const recent = new RecentWorkspaces(store);
    expect(recent.list()).toEqual([]);
    recent.add(workspace('a'));
    recent.clear();
    expect(new RecentWorkspaces(store).list()).toEqual([]);
  });
});
