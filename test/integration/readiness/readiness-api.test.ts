import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../src-main/api/contract';
import { createApi } from '../../../src-main/api/handlers';
import { createSampleWorkspace } from '../../../src-main/core/sample/create-sample-workspace';
import { runReadiness } from '../../../src-main/core/readiness/run-readiness';
import { Session } from '../../../src-main/core/session';
import { openHarnessOn, useSharedTempDir, type Harness } from '../registers/api-harness';

const today = '2026-11-22';

describe('readiness.run', () => {
  const sharedDir = useSharedTempDir();
  let h: Harness;

  beforeAll(async () => {
    const file = path.join(sharedDir(), 'sample.clausebook');
    const { workspace } = await createSampleWorkspace(file, new Date(`${today}T09:30:00Z`));
    workspace.close();
    h = await openHarnessOn(file);
  });
  afterAll(() => h?.close());

  it('is offered to the page, and needs an open workspace', async () => {
    expect(contract['readiness.run'].access).toBe('renderer');
    const api = createApi(new Session(), { appVersion: '0.0.0-test' });
    const result = await api.dispatch('readiness.run', {}, { transport: 'http', access: 'renderer' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });

  it('returns the core report for the given day', async () => {
    const report = await h.call('readiness.run', { today });
    expect(report).toEqual(runReadiness(h.db(), today));
    expect(report.today).toBe(today);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('judges on today (UTC) when no day is given', async () => {
    const before = new Date().toISOString().slice(0, 10);
    const report = await h.call('readiness.run', {});
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(report.today);
  });

  it('refuses a day that is not in the calendar, or extra input', async () => {
    expect(await h.failure('readiness.run', { today: '2026-02-30' })).toMatchObject({ code: 'VALIDATION' });
    expect(await h.failure('readiness.run', { today: '22/11/2026' })).toMatchObject({ code: 'VALIDATION' });
    expect(await h.failure('readiness.run', { today, extra: 1 })).toMatchObject({ code: 'VALIDATION' });
  });
});
