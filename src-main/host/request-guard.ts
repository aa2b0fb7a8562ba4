import { timingSafeEqual } from 'node:crypto';

/**
 * Decides whether a request to the loopback host may be served. Pure, so every rule is tested
 * directly: the Host must be this server on loopback (DNS rebinding defence), any Origin must be
 * this server, and the per-run token must arrive as the session cookie or a bearer header.
 */
/** Named per port: cookies are shared by every port of a host, and two `serve` runs must not evict each other. */
export function tokenCookieName(port: number): string {
  return `clausebook_token_${port}`;
}

export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
  authorization: string | undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; status: 401 | 403 | 421; reason: string };

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function checkRequest(request: GuardInput, port: number, token: string): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!request.host || !hosts.includes(request.host.toLowerCase())) {
    return {
      allowed: false,
      status: 421,
      reason: 'This Clausebook host only answers requests addressed to 127.0.0.1.',
    };
  }
  if (request.origin !== undefined && !hosts.some((host) => request.origin === `http://${host}`)) {
    return { allowed: false, status: 403, reason: 'Requests from other web sites are refused.' };
  }
  if (!tokenMatches(presentedToken(request, port), token)) {
    return {
      allowed: false,
      status: 401,
      reason: 'This link is not valid for the running Clausebook session.',
    };
  }
  return { allowed: true };
}

function presentedToken(request: GuardInput, port: number): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '');
  if (bearer?.[1]) return bearer[1];
  return readCookie(request.cookie, tokenCookieName(port));
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

export function tokenMatches(presented: string | null, token: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
