import { describe, expect, it } from 'vitest';
import { applySessionPolicy, isPermittedRequest } from '../../../src-main/electron/session-policy';
import { FakeSession } from './fake-electron';

function hardened(): FakeSession {
  const session = new FakeSession();
  applySessionPolicy(session);
  return session;
}

describe('session policy', () => {
  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'unknown',
  ])('denies the permission request %s', (permission) => {
    const { permissionRequest } = hardened();
    if (!permissionRequest) throw new Error('no permission request handler installed');
    const answers: boolean[] = [];
    permissionRequest({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('answers every permission check with no', () => {
    const { permissionCheck } = hardened();
    if (!permissionCheck) throw new Error('no permission check handler installed');
    expect(
      ['media', 'clipboard-sanitized-write', 'hid', 'serial'].map((permission) =>
        permissionCheck({}, permission),
      ),
    ).toEqual([false, false, false, false]);
  });

  it.each([
    ['https://fonts.googleapis.com/css', true],
    ['http://127.0.0.1:3000/api', true],
    ['ws://localhost:5173/', true],
    ['wss://example.com/socket', true],
    ['ftp://example.com/file', true],
    ['file:///etc/passwd', true],
    ['chrome://gpu', true],
    ['clausebook://app/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:clausebook://app/0f3c', false],
  ] as const)('request %s cancelled: %s', (url, cancelled) => {
    const { beforeRequest } = hardened();
    if (!beforeRequest) throw new Error('no onBeforeRequest listener installed');
    const responses: { cancel: boolean }[] = [];
    beforeRequest({ url }, (response) => responses.push(response));
    expect(responses).toEqual([{ cancel: cancelled }]);
    expect(isPermittedRequest(url)).toBe(!cancelled);
  });
});
