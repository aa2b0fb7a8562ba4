import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, isClientRoute, resolveRendererFile } from '../../../src-main/shared/renderer-files';

const root = path.resolve('/srv/clausebook/renderer');

describe('resolving renderer files', () => {
  it('maps paths inside the renderer folder to files', () => {
    expect(resolveRendererFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/app-1a2b.js')).toBe(path.join(root, 'assets/app-1a2b.js'));
    expect(resolveRendererFile(root, '/assets/Caf%C3%A9.woff2')).toBe(path.join(root, 'assets/Café.woff2'));
  });

  it('refuses every way out of the folder, however it is spelt', () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/index.html%00.png',
      '/%E0%A4%A',
      '/..',
    ]) {
      expect(resolveRendererFile(root, attempt), attempt).toBeNull();
    }
  });

  it('types files so Chromium runs module scripts and fonts', () => {
    expect(contentTypeFor('a/app.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/inter.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });

  it('treats extensionless paths as screens of the app', () => {
    expect(isClientRoute(path.join(root, 'settings'))).toBe(true);
    expect(isClientRoute(path.join(root, 'app.js'))).toBe(false);
  });
});
