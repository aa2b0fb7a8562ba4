import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type WindowPlacement } from './window-state';

export const APP_TITLE = 'Clausebook';

export interface WindowOptionsInput {
  preloadPath: string;
  placement: WindowPlacement;
  /** DevTools exist in development builds only. */
  devTools: boolean;
}

/**
 * The main window's options. Every security-relevant preference is spelled out even where it
 * matches Electron's default, so a change of default in a future Electron cannot loosen it and a
 * reviewer can see the whole policy in one place.
 */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_TITLE,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
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
      devTools: input.devTools,
      // On Windows and Linux Chromium downloads spell-check dictionaries from a Google server;
      // Clausebook must not touch the network.
      spellcheck: false,
    },
  };
}

/** "Acme Ltd.clausebook — Clausebook", or just the app's name when no workspace is open. */
export function windowTitle(workspaceFileName: string | null): string {
  return workspaceFileName === null ? APP_TITLE : `${workspaceFileName} — ${APP_TITLE}`;
}
