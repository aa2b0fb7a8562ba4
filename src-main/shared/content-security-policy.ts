/**
 * The one Content-Security-Policy for every page Clausebook shows, in Electron and through the
 * loopback host: only the app's own scripts, styles, fonts and API; no inline code, no eval, no
 * remote sources, no frames, no plugins, no form posts elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
