import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_DEFINITION,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppAsset,
} from '../../../src-main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/content-security-policy';
import { contentTypeFor } from '../../../src-main/shared/renderer-files';

let root: string;
let rendererDir: string;
const reads: string[] = [];
const handler = () =>
  createAppRequestHandler(rendererDir, (file) => {
    reads.push(file);
    return readFile(file);
  });

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'clausebook-protocol-'));
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clausebook</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(rendererDir, 'assets', 'inter.woff2'), 'font');
  // Outside the renderer folder: must never be served.
  writeFileSync(path.join(root, 'secret.txt'), 'do not serve');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app scheme registration', () => {
  it('registers clausebook:// as standard and secure without bypassing the CSP', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_DEFINITION]);
    expect(APP_SCHEME_DEFINITION.scheme).toBe('clausebook');
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_DEFINITION.privileges?.bypassCSP).toBeUndefined();
    expect(APP_SCHEME_DEFINITION.privileges?.corsEnabled).toBeUndefined();
    expect(APP_SCHEME_DEFINITION.privileges?.allowServiceWorkers).toBeUndefined();
  });
});

describe('app protocol handler', () => {
  it('serves index.html for the root with the CSP as a header', async () => {
    const response = await handler()(new Request('clausebook://app/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Clausebook</title>');
  });

  it('serves scripts, styles and fonts with the MIME types Chromium requires', async () => {
    const serve = handler();
    const types = await Promise.all(
      ['assets/index-abc.js', 'assets/index-abc.css', 'assets/inter.woff2'].map(async (asset) => {
        const response = await serve(new Request(`clausebook://app/${asset}`));
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        return response.headers.get('content-type');
      }),
    );
    expect(types).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'font/woff2']);
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    'clausebook://app/..%2F..%2Fsecret.txt',
    'clausebook://app/..%2fsecret.txt',
    'clausebook://app/assets/..%2F..%2F..%2Fsecret.txt',
    'clausebook://app/assets%5C..%5C..%5Csecret.txt',
    'clausebook://app/index.html%00.js',
    'clausebook://app/%E0%A4%A',
    'clausebook://other/index.html',
    'clausebook://app:8080/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
  ])('refuses %s without reading outside the renderer folder', async (url) => {
    reads.length = 0;
    const response = await handler()(new Request(url));
    expect(response.status).toBe(404);
    expect(reads.every((file) => file.startsWith(rendererDir + path.sep))).toBe(true);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(resolveAppAsset(rendererDir, 'clausebook://app/assets/index-abc.js')).toBe(
      path.join(rendererDir, 'assets', 'index-abc.js'),
    );
    expect(resolveAppAsset(rendererDir, 'clausebook://app/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveAppAsset(rendererDir, 'clausebook://app/..%2Fsecret.txt')).toBeNull();
  });

  it('answers client-side routes with index.html but missing assets with 404', async () => {
    const serve = handler();
    const route = await serve(new Request('clausebook://app/settings'));
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await serve(new Request('clausebook://app/assets/missing.js'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(
      new Request('clausebook://app/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
