import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacePathFromArgv } from '../../../src-main/electron/file-arguments';

describe('workspace path from the command line', () => {
  it('finds a .clausebook file after the executable, resolved against the launch folder', () => {
    expect(workspacePathFromArgv(['/opt/Clausebook/clausebook', 'Acme.clausebook'], '/home/u')).toBe(
      path.resolve('/home/u', 'Acme.clausebook'),
    );
    expect(workspacePathFromArgv(['electron', '.', '--no-sandbox', '/data/B.Clausebook'], '/x')).toBe(
      path.resolve('/data/B.Clausebook'),
    );
  });

  it('ignores the executable, the app folder, switches and other files', () => {
    expect(workspacePathFromArgv(['/weird/path/app.clausebook'], '/x')).toBeNull();
    expect(workspacePathFromArgv(['electron', '.', '--open=evil.clausebook', 'notes.txt'], '/x')).toBeNull();
  });
});
