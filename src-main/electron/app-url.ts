// The renderer is served from one privileged custom origin. Everything that decides whether a
// URL belongs to the app (navigation, IPC senders, the protocol handler) asks this module, so the
// answer cannot drift between them.

export const APP_SCHEME = 'clausebook';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for `clausebook://app/...`: no other host, no port, no credentials. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
