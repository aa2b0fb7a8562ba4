import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface HeldFile {
  content: Buffer;
  size: number;
  mtimeMs: number;
}

/**
 * The files a browser needs before it shows anything: index.html and the script, style sheet and
 * icon it names, read into memory as the host starts, before the workspace opens (under 1 MB, a
 * few milliseconds even from a cold disk). A browser opened on a machine that has just started
 * then gets each in one answer even while the serving thread reads a large workspace between
 * slices of work: streamed from disk, a 600 KB script needs a turn of the event loop for every
 * 64 KB, and each turn waits for a slice. A file changed on disk since (a rebuild) is not served
 * from memory; a file that cannot be read now is served from disk as any other.
 */
export class FirstScreenFiles {
  readonly #held = new Map<string, HeldFile>();

  /** Reads index.html in `rendererDir` and the assets it names, now. */
  static load(rendererDir: string): FirstScreenFiles {
    const files = new FirstScreenFiles();
    const html = files.#hold(path.join(rendererDir, 'index.html'));
    if (html) {
      for (const [, asset] of html.toString('utf8').matchAll(/\b(?:src|href)="\.?\/(assets\/[^"?#]+)"/g))
        files.#hold(path.join(rendererDir, asset!));
    }
    return files;
  }

  /** The content of `file` (an absolute path), if held and unchanged on disk; otherwise null. */
  get(file: string): Buffer | null {
    const held = this.#held.get(file);
    if (!held) return null;
    try {
      const now = statSync(file);
      return now.size === held.size && now.mtimeMs === held.mtimeMs ? held.content : null;
    } catch {
      return null;
    }
  }

  #hold(file: string): Buffer | null {
    try {
      const before = statSync(file);
      const content = readFileSync(file);
      if (content.length === before.size) {
        this.#held.set(file, { content, size: before.size, mtimeMs: before.mtimeMs });
      }
      return content;
    } catch {
      return null;
    }
  }
}
