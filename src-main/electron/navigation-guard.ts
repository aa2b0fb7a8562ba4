import { isAppUrl } from './app-url';
import type { GuardableContents, NavigationEvent } from './electron-surface';

/**
 * A page may only ever navigate its main frame within the app's own origin. Links to websites,
 * file:// URLs, javascript:/data: documents and sub-frame navigations are all refused: Clausebook
 * shows nothing it did not ship, and a compromised page must not be able to load one that has
 * the preload's bridge.
 */
export function isNavigationAllowed(event: Pick<NavigationEvent, 'url' | 'isMainFrame'>): boolean {
  return event.isMainFrame && isAppUrl(event.url);
}

/** Applied to every webContents the app creates (see `web-contents-created` in the shell). */
export function guardWebContents(contents: GuardableContents): void {
  const refuseForeign = (event: NavigationEvent) => {
    if (!isNavigationAllowed(event)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  // <webview> is disabled in the window options; refusing attachment covers any webContents
  // created some other way.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No second windows and no hand-off to the system browser: nothing in the app opens a website.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
