import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ServerResponse } from 'node:http';
import { contentTypeFor, isClientRoute, resolveRendererFile } from '../shared/renderer-files';
import type { FirstScreenFiles } from './first-screen-files';

/**
 * Sends the renderer file a URL path names, or index.html for a screen of the app. Returns false
 * when there is nothing to send (the caller answers 404).
 */
export async function sendRendererFile(
  response: ServerResponse,
  rendererDir: string,
  urlPath: string,
  headOnly: boolean,
  held?: FirstScreenFiles,
): Promise<boolean> {
  const requested = resolveRendererFile(rendererDir, urlPath);
  if (requested === null) return false;
  const file =
    sizeOf(requested) !== null
      ? requested
      : isClientRoute(requested)
        ? path.join(rendererDir, 'index.html')
        : null;
  const size = file === null ? null : sizeOf(file);
  if (file === null || size === null) return false;
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
    // Built assets carry a content hash in their names; the page itself must always be fresh.
    'Cache-Control': path.extname(file) === '.html' ? 'no-cache' : 'private, max-age=31536000, immutable',
  });
  const inMemory = held?.get(file) ?? null;
  if (headOnly) response.end();
  else if (inMemory && inMemory.length === size) response.end(inMemory);
  // A file that vanishes mid-read (a rebuild) ends this response, not the server.
  else await pipeline(createReadStream(file), response).catch(() => response.destroy());
  return true;
}

function sizeOf(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}
