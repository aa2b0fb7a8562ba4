import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../../src-main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/content-security-policy';

// The evidence PDF preview runs pdf.js in a module worker loaded from the app's own files
// (src-renderer/features/evidence/pdf-document.ts). In the Electron window that file comes through
// clausebook://app, and Chromium starts a module worker only from a JavaScript MIME type.
let rendererDir: string;

beforeAll(() => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'clausebook-pdf-worker-'));
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clausebook</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'pdf.worker.min-abc123.mjs'), 'export {};');
});

afterAll(() => rmSync(rendererDir, { recursive: true, force: true }));

describe('the PDF preview worker in the Electron window', () => {
  it('is served from clausebook://app as a JavaScript module under the CSP', async () => {
    const response = await createAppRequestHandler(rendererDir)(
      new Request('clausebook://app/assets/pdf.worker.min-abc123.mjs'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('export {};');
  });

  it('needs no more of the CSP than workers from the app itself: no eval, no blob: workers, no plugins', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name, sources] as const;
      }),
    );
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});
