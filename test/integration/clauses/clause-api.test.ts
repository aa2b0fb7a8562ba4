import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src-main/api/handlers';
import { Session } from '../../../src-main/core/session';

describe('the clause library methods of the API', () => {
  const api = createApi(new Session(), { appVersion: '0.0.0-test' });
  const fromPage = { transport: 'http', access: 'renderer' } as const;

  it('lists the libraries to the page without an open workspace', async () => {
    const result = await api.dispatch('clauses.libraries', {}, fromPage);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: 'iso20000-1-2018',
          version: expect.stringMatching(/^\d+\.\d+\.\d+$/) as unknown,
          locale: 'en',
          standard: { name: 'ISO/IEC 20000-1', edition: '2018' },
          title: 'ISO/IEC 20000-1:2018 service management system requirements',
        },
      ],
    });
  });

  it('serves the whole tree, by default ISO/IEC 20000-1:2018 in English', async () => {
    const byDefault = await api.dispatch('clauses.library', {}, fromPage);
    const named = await api.dispatch('clauses.library', { id: 'iso20000-1-2018' }, fromPage);
    expect(byDefault.ok).toBe(true);
    expect(named).toEqual(byDefault);
    if (!byDefault.ok) return;
    const library = byDefault.value as { clauses: { number: string; clauses: { number: string }[] }[] };
    expect(library.clauses.map((clause) => clause.number)).toEqual(['4', '5', '6', '7', '8', '9', '10']);
    expect(library.clauses[4]?.clauses.map((clause) => clause.number)).toEqual([
      '8.1',
      '8.2',
      '8.3',
      '8.4',
      '8.5',
      '8.6',
      '8.7',
    ]);
  });

  it('answers NOT_FOUND for an unknown library and VALIDATION for a malformed id', async () => {
    expect(await api.dispatch('clauses.library', { id: 'iso27001-2022' }, fromPage)).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'There is no clause library "iso27001-2022". Available: iso20000-1-2018.',
      },
    });
    const malformed = await api.dispatch('clauses.library', { id: '../../etc/passwd' }, fromPage);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
