import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { HandlerRegistry } from '../api/registry';
import type { Envelope } from '../api/errors';
import { checkRequest, tokenCookieName, tokenMatches } from './request-guard';
import { SECURITY_HEADERS } from './security-headers';
import { FirstScreenFiles } from './first-screen-files';
import { sendRendererFile } from './static-files';

export interface LoopbackHostOptions {
  api: HandlerRegistry;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
}

export interface LoopbackHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Most calls are small; imports carry a spreadsheet (up to 50 MiB), evidence a file (up to
 * 100 MiB) and verification a pack (up to 140 MiB), as base64 inside JSON.
 */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const fileBodyLimits: Record<string, number> = {
  'registers.import': 72 * 1024 * 1024,
  'registers.importPreview': 72 * 1024 * 1024,
  'evidence.add': 140 * 1024 * 1024,
  // A pack to verify: up to 140 MiB, as base64.
  'packs.verify': 192 * 1024 * 1024,
};

function bodyLimit(method: string): number {
  return Object.hasOwn(fileBodyLimits, method) ? fileBodyLimits[method]! : MAX_BODY_BYTES;
}

/**
 * Serves the renderer and the API contract on 127.0.0.1 only, for a browser where Electron cannot
 * run and for the end-to-end tests. Every request needs this run's random token.
 */
export async function startLoopbackHost(options: LoopbackHostOptions): Promise<LoopbackHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const firstScreen = FirstScreenFiles.load(options.rendererDir);

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, internal(error));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const queryToken = url.searchParams.get('token');
    // Opening the printed address trades the token in the URL for a cookie, then drops it from the address bar.
    if (request.method === 'GET' && queryToken !== null && tokenMatches(queryToken, token)) {
      const verdict = checkRequest(
        { ...headersOf(request), authorization: `Bearer ${queryToken}` },
        port,
        token,
      );
      if (verdict.allowed) {
        response.writeHead(303, {
          'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname,
          'Cache-Control': 'no-store',
        });
        response.end();
        return;
      }
    }
    const verdict = checkRequest(headersOf(request), port, token);
    if (!verdict.allowed) {
      if (url.pathname.startsWith('/api/')) {
        sendJson(response, verdict.status, {
          ok: false,
          error: { code: 'FORBIDDEN', message: verdict.reason },
        });
      } else {
        sendRefusalPage(response, verdict.status, verdict.reason);
      }
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await serveApi(request, response, url.pathname.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const headOnly = request.method === 'HEAD';
    if (!(await sendRendererFile(response, options.rendererDir, url.pathname, headOnly, firstScreen))) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    // A JSON content type cannot be sent by a plain HTML form, which closes off cross-site form posts.
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
      sendJson(response, 415, {
        ok: false,
        error: { code: 'VALIDATION', message: 'Send the request body as application/json.' },
      });
      return;
    }
    const limit = bodyLimit(method);
    const body = await readBody(request, limit);
    if (body === null) {
      sendJson(response, 413, {
        ok: false,
        error: { code: 'VALIDATION', message: `The request is larger than ${limit / 1024 / 1024} MiB.` },
      });
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      sendJson(response, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The request body is not valid JSON.' },
      });
      return;
    }
    const result = await options.api.dispatch(method, input, { transport: 'http', access: 'renderer' });
    sendJson(response, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function headersOf(request: IncomingMessage) {
  return {
    host: request.headers.host,
    origin: request.headers.origin,
    cookie: request.headers.cookie,
    authorization: request.headers.authorization,
  };
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client gets its 413 rather than a reset
    // connection; only callers holding the token get this far.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function sendRefusalPage(response: ServerResponse, status: number, reason: string): void {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clausebook</title></head><body><h1>Clausebook</h1><p>${escapeHtml(reason)}</p><p>Open the address printed by <code>clausebook serve</code> again; it carries this session's key.</p></body></html>`;
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
    'Cache-Control': 'no-store',
  });
  response.end(page);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function internal(error: unknown): Envelope<never> {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: { code: 'INTERNAL', message: `Clausebook hit an unexpected problem: ${message}` },
  };
}
