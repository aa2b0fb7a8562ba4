import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { contentTypeFor, isClientRoute, resolveRendererFile } from '../shared/renderer-files';
import { APP_SCHEME, isAppUrl } from './app-url';
import type { ShellProtocol } from './electron-surface';

/**
 * `clausebook://app/` is a standard, secure scheme: pages get a real origin (relative URLs,
 * ES modules, storage) and count as a secure context, unlike file://. It does not bypass the
 * CSP, enable CORS or service workers. Must be registered before the app is ready.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export function registerAppScheme(protocol: Pick<ShellProtocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

/** Maps an app URL to a file inside `rendererDir`, or null when the URL is not the app's or leaves it. */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  return resolveRendererFile(rendererDir, new URL(requestUrl).pathname);
}

type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

/**
 * Serves the built renderer. Every response carries the CSP as a header (it cannot be weakened
 * by the page, unlike a meta tag) and `nosniff`. A path without an extension that does not exist
 * is a client-side route and gets index.html; anything else missing is a 404.
 */
export function createAppRequestHandler(
  rendererDir: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  const indexFile = path.join(path.resolve(rendererDir), 'index.html');
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppAsset(rendererDir, request.url);
    if (file === null) return plain(404, 'Not found');
    const isRoute = isClientRoute(file);
    const served = (await readOrNull(read, file)) ?? (isRoute ? await readOrNull(read, indexFile) : null);
    if (served === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : served.body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(served.file) },
    });
  };
}

async function readOrNull(
  read: ReadFile,
  file: string,
): Promise<{ file: string; body: Uint8Array<ArrayBuffer> } | null> {
  try {
    return { file, body: await read(file) };
  } catch {
    // Missing, a directory, unreadable: the page gets a 404, never an error with a local path in it.
    return null;
  }
}

/** Registers the handler for the app scheme on the default session. Call after the app is ready. */
export function serveApp(protocol: Pick<ShellProtocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
