import { describe, expect, it } from 'vitest';
import { buildWindowOptions, windowTitle } from '../../../src-main/electron/window-options';

const placement = { bounds: { x: 40, y: 30, width: 1280, height: 820 }, maximized: false };

describe('main window options', () => {
  it('isolates and sandboxes the page and grants it nothing beyond a web page', () => {
    const options = buildWindowOptions({
      preloadPath: '/app/dist/main/preload.cjs',
      placement,
      devTools: false,
    });
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
      spellcheck: false,
    });
  });

  it('opens hidden at the placed bounds, with DevTools only when asked for', () => {
    const options = buildWindowOptions({ preloadPath: '/p.cjs', placement, devTools: true });
    expect(options).toMatchObject({
      x: 40,
      y: 30,
      width: 1280,
      height: 820,
      show: false,
      title: 'Clausebook',
    });
    expect(options.webPreferences?.devTools).toBe(true);
    const centred = buildWindowOptions({
      preloadPath: '/p.cjs',
      placement: { bounds: { width: 900, height: 600 }, maximized: false },
      devTools: false,
    });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
  });

  it('names the window after the open workspace', () => {
    expect(windowTitle(null)).toBe('Clausebook');
    expect(windowTitle('Acme Ltd.clausebook')).toBe('Acme Ltd.clausebook — Clausebook');
  });
});
