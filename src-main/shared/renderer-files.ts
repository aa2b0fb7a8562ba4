import path from 'node:path';

/**
 * Finding and typing the built renderer's files, shared by the two hosts that serve them: the
 * Electron app protocol and the loopback HTTP host.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Chromium refuses module scripts without a JavaScript MIME type, so this must be exact. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `rendererDir`, or null when it would reach outside it (`..`,
 * encoded `%2e%2e%2f`, backslashes, NUL) or cannot be decoded.
 */
export function resolveRendererFile(rendererDir: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (!relative.startsWith('/')) relative = `/${relative}`;
  if (relative.endsWith('/')) relative += 'index.html';
  const root = path.resolve(rendererDir);
  const resolved = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

/** A path without an extension that names no file is a screen of the single-page app. */
export function isClientRoute(file: string): boolean {
  return path.extname(file) === '';
}
