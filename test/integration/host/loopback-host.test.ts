import { request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../src-main/api/handlers';
import { Session } from '../../../src-main/core/session';
import { openWorkspace } from '../../../src-main/core/workspace/open-workspace';
import { startLoopbackHost, type LoopbackHost } from '../../../src-main/host/loopback-host';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/shared/content-security-policy';
import { useTempDir } from '../../helpers/temp-dir';
import { exampleEngagement, makeWorkspaceFile } from '../../helpers/workspace-fixtures';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let them set. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback host', () => {
  const tempDir = useTempDir();
  let host: LoopbackHost;
  let session: Session;
  let auth: Record<string, string>;

  beforeEach(async () => {
    const dir = tempDir();
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Clausebook</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    session = new Session();
    session.replace((await openWorkspace(await makeWorkspaceFile(dir))).workspace);
    host = await startLoopbackHost({ api: createApi(session, { appVersion: '0.0.0-test' }), rendererDir });
    auth = { cookie: `clausebook_token_${host.port}=${host.token}` };
  });

  afterEach(async () => {
    await host.close();
    session.closeSync();
  });

  const callApi = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'content-type': 'application/json', ...auth, ...headers },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 only and prints an address with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie', async () => {
    const reply = await send(host.port, { path: `/?token=${host.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toBe(
      `clausebook_token_${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
  });

  it('refuses every request without the token, or with a wrong one', async () => {
    expect((await send(host.port, {})).status).toBe(401);
    expect((await send(host.port, { path: '/assets/app.js' })).status).toBe(401);
    expect((await send(host.port, { path: '/?token=wrong' })).status).toBe(401);
    const api = await callApi('workspace.current', {}, { cookie: `clausebook_token_${host.port}=nope` });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const page = await send(host.port, {});
    expect(page.body).toContain('This link is not valid for the running Clausebook session.');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin even with the token', async () => {
    expect(
      (await send(host.port, { headers: { ...auth, host: `attacker.example:${host.port}` } })).status,
    ).toBe(421);
    expect(
      (
        await send(host.port, {
          path: `/?token=${host.token}`,
          headers: { host: `attacker.example:${host.port}` },
        })
      ).status,
    ).toBe(421);
    const crossSite = await callApi(
      'engagement.update',
      { ...exampleEngagement, clientOrganisation: 'Hijacked' },
      { origin: 'http://attacker.example' },
    );
    expect(crossSite.status).toBe(403);
    expect(session.require().db.prepare('SELECT client_organisation FROM engagement').pluck().get()).toBe(
      exampleEngagement.clientOrganisation,
    );
  });

  it('serves the renderer with the strict CSP and never a file outside it', async () => {
    const page = await send(host.port, { headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<title>Clausebook</title>');
    expect(
      (await send(host.port, { path: '/assets/app.js', headers: auth })).headers['content-type'],
    ).toMatch(/^text\/javascript/);
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const reply = await send(host.port, { path: attempt, headers: auth });
      expect(reply.body, attempt).not.toContain('outside the renderer');
      expect(reply.status, attempt).toBe(404);
    }
  });

  it('serves the API contract as envelopes, without the user’s paths', async () => {
    const current = JSON.parse((await callApi('workspace.current', {})).body);
    expect(current).toMatchObject({
      ok: true,
      value: {
        fileName: 'client.clausebook',
        path: null,
        engagement: { clientOrganisation: 'Fjordline Hosting AS' },
      },
    });
    const updated = JSON.parse(
      (await callApi('engagement.update', { ...exampleEngagement, consultantName: 'Jonas Berg' })).body,
    );
    expect(updated).toMatchObject({ ok: true, value: { consultantName: 'Jonas Berg' } });
    const invalid = JSON.parse(
      (await callApi('engagement.update', { ...exampleEngagement, auditType: 'gap' })).body,
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses local methods, non-JSON bodies, other verbs and oversized requests', async () => {
    expect(JSON.parse((await callApi('workspace.open', { path: '/etc/passwd' })).body)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await callApi('workspace.current', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send(host.port, { path: '/api/workspace.current', headers: auth })).status).toBe(405);
    expect(
      (
        await send(host.port, {
          method: 'POST',
          path: '/api/workspace.current',
          headers: { ...auth, 'content-type': 'application/json' },
          body: '{nope',
        })
      ).status,
    ).toBe(400);
    const huge = await send(host.port, {
      method: 'POST',
      path: '/api/engagement.update',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ scopeStatement: 'x'.repeat(3 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    // Imports carry a whole file, so they may be larger than other calls.
    const bigImport = await send(host.port, {
      method: 'POST',
      path: '/api/registers.importPreview',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        register: 'services',
        fileName: 'big.csv',
        content: 'A'.repeat(3 * 1024 * 1024),
      }),
    });
    expect(bigImport.status).toBe(200);
  });
});
