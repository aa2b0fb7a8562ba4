import { describe, expect, it } from 'vitest';
import { checkRequest, readCookie } from '../../../src-main/host/request-guard';

const token = 'a'.repeat(32);
const ok = {
  host: '127.0.0.1:4000',
  origin: undefined,
  cookie: `clausebook_token_4000=${token}`,
  authorization: undefined,
};

describe('the loopback request guard', () => {
  it('allows this server’s own host with the token as cookie or bearer', () => {
    expect(checkRequest(ok, 4000, token)).toEqual({ allowed: true });
    expect(checkRequest({ ...ok, host: 'localhost:4000' }, 4000, token)).toEqual({ allowed: true });
    expect(checkRequest({ ...ok, cookie: undefined, authorization: `Bearer ${token}` }, 4000, token)).toEqual(
      { allowed: true },
    );
    expect(checkRequest({ ...ok, origin: 'http://127.0.0.1:4000' }, 4000, token)).toEqual({ allowed: true });
  });

  it('refuses a request without the token or with a wrong one', () => {
    expect(checkRequest({ ...ok, cookie: undefined }, 4000, token)).toMatchObject({
      allowed: false,
      status: 401,
    });
    expect(
      checkRequest({ ...ok, cookie: 'clausebook_token_4000=' + 'b'.repeat(32) }, 4000, token),
    ).toMatchObject({
      allowed: false,
      status: 401,
    });
    expect(
      checkRequest({ ...ok, cookie: 'clausebook_token_4000=' + token.slice(1) }, 4000, token),
    ).toMatchObject({
      allowed: false,
      status: 401,
    });
  });

  it('does not accept the cookie of a Clausebook host on another port', () => {
    expect(checkRequest({ ...ok, cookie: `clausebook_token_4001=${token}` }, 4000, token)).toMatchObject({
      allowed: false,
      status: 401,
    });
  });

  it('refuses a rebound DNS name or another port even with the right token', () => {
    for (const host of ['evil.example:4000', '127.0.0.1:4001', '127.0.0.1', undefined, '0.0.0.0:4000']) {
      expect(checkRequest({ ...ok, host }, 4000, token), String(host)).toMatchObject({
        allowed: false,
        status: 421,
      });
    }
  });

  it('refuses requests from another origin even with the right token', () => {
    for (const origin of ['http://evil.example', 'null', 'https://127.0.0.1:4000', 'http://127.0.0.1:4001']) {
      expect(checkRequest({ ...ok, origin }, 4000, token), origin).toMatchObject({
        allowed: false,
        status: 403,
      });
    }
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; clausebook_token=xyz=; b=2', 'clausebook_token')).toBe('xyz=');
    expect(readCookie('a=1', 'clausebook_token')).toBeNull();
  });
});
