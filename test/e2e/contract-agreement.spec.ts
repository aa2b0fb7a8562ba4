// These checks run in Node, without a page: they hold the renderer's copies of core facts (which it
// may not import at run time) to the core's originals.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import {
  auditTypeLabels as coreAuditTypeLabels,
  engagementInput,
} from '../../src-main/api/schemas/engagement';
import { CONTENT_SECURITY_POLICY } from '../../src-main/shared/content-security-policy';
import { auditTypeLabels } from '../../src-renderer/shared/format/audit-type';
import {
  checkEngagementForm,
  toEngagementInput,
  type EngagementFormValues,
} from '../../src-renderer/features/settings/engagement-form';

const valid: EngagementFormValues = {
  clientOrganisation: 'Fernhill Data Services plc',
  scopeStatement: 'Managed backup.',
  auditType: 'surveillance',
  plannedAuditDate: '2027-03-12',
  consultantName: 'Jonas Becker',
};

const cases: Partial<EngagementFormValues>[] = [
  {},
  { clientOrganisation: '' },
  { clientOrganisation: '   ' },
  { clientOrganisation: 'x'.repeat(200) },
  { clientOrganisation: 'x'.repeat(201) },
  { scopeStatement: 'x'.repeat(4001) },
  { consultantName: 'x'.repeat(201) },
  { consultantName: ` ${'x'.repeat(200)} ` },
  { plannedAuditDate: '' },
  { plannedAuditDate: '12/03/2027' },
  { plannedAuditDate: '2027-02-30' },
  { auditType: 'stage3' as EngagementFormValues['auditType'] },
  { clientOrganisation: '', consultantName: 'x'.repeat(201), plannedAuditDate: '2027-13-01' },
];

/** `{"consultantName":"x×201"}`: short enough for a test title, distinct for every case. */
function describeChange(change: Partial<EngagementFormValues>): string {
  const shown = Object.entries(change).map(
    ([field, value]) =>
      `${field}=${/^ ?x{20,} ?$/.test(value) ? `x×${value.length}` : JSON.stringify(value)}`,
  );
  return shown.length === 0 ? 'valid values' : shown.join(', ');
}

test.describe("the renderer's copies of core rules", () => {
  for (const change of cases) {
    test(`engagement form checks agree with the core for ${describeChange(change)}`, () => {
      const values = { ...valid, ...change };
      const parsed = engagementInput.safeParse(toEngagementInput(values));
      const coreMessages: Record<string, string> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        coreMessages[String(issue.path[0])] ??= issue.message;
      }
      expect(checkEngagementForm(values)).toEqual(coreMessages);
    });
  }

  test('audit type labels match the core', () => {
    expect(auditTypeLabels).toEqual(coreAuditTypeLabels);
  });

  test("index.html's Content-Security-Policy meta tag matches the policy the hosts send", async () => {
    const html = await readFile(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    // frame-ancestors works only as a header; in a meta tag browsers ignore it and log an error.
    const headerOnly = /^frame-ancestors /;
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => !headerOnly.test(directive));
    expect(meta?.[1]?.split('; ')).toEqual(expected);
  });
});
