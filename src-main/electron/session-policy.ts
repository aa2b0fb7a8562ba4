import { APP_SCHEME } from './app-url';
import type { PolicySession } from './electron-surface';

// Schemes a page of ours may request: the app's own origin, inline data and blobs the page made
// itself (the CSP narrows these further), and DevTools in development builds.
const PERMITTED_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** Clausebook works without a network: anything else (http, https, ws, ftp, file...) is cancelled. */
export function isPermittedRequest(url: string): boolean {
  try {
    return PERMITTED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Hardens a session: every permission a web page could ask for (camera, notifications,
 * clipboard read, geolocation...) is refused without prompting, and no request leaves the app.
 * The CSP is not added here: the only content the session can load comes from the app protocol,
 * whose handler sets it on every response.
 */
export function applySessionPolicy(session: PolicySession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isPermittedRequest(details.url) }),
  );
}
