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
  agreementStatuses,
  agreementTypes,
  agreementInput,
} from '../../src-main/api/schemas/registers/agreement';
import {
  complaintStatuses,
  customerKinds,
  customerInput,
} from '../../src-main/api/schemas/registers/customer';
import { actionStatuses, reviewInput, reviewSubjects } from '../../src-main/api/schemas/registers/review';
import {
  catalogueVisibilities,
  criticalities,
  serviceInput,
  serviceLifecycles,
} from '../../src-main/api/schemas/registers/service';
import {
  raciRoles,
  riskRatings,
  supplierInput,
  supplierKinds,
} from '../../src-main/api/schemas/registers/supplier';
import {
  comparisons,
  measurementPeriods,
  targetInput,
  targetMetrics,
} from '../../src-main/api/schemas/registers/target';
import * as labels from '../../src-renderer/features/registers/model/enum-labels';
import * as values from '../../src-renderer/features/registers/forms/form-values';
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

  test("the registers' labels name exactly the core's values", () => {
    const pairs: [Record<string, string>, readonly string[]][] = [
      [labels.lifecycleLabels, serviceLifecycles],
      [labels.criticalityLabels, criticalities],
      [labels.visibilityLabels, catalogueVisibilities],
      [labels.customerKindLabels, customerKinds],
      [labels.complaintStatusLabels, complaintStatuses],
      [labels.supplierKindLabels, supplierKinds],
      [labels.riskRatingLabels, riskRatings],
      [labels.raciRoleLabels, raciRoles],
      [labels.agreementTypeLabels, agreementTypes],
      [labels.agreementTypeLongLabels, agreementTypes],
      [labels.agreementStatusLabels, agreementStatuses],
      [labels.metricLabels, targetMetrics],
      [labels.targetMetricsShort, targetMetrics],
      [labels.comparisonSymbols, comparisons],
      [labels.comparisonLabels, comparisons],
      [labels.periodLabels, measurementPeriods],
      [labels.reviewSubjectLabels, reviewSubjects],
      [labels.actionStatusLabels, actionStatuses],
    ];
    for (const [map, core] of pairs) expect(Object.keys(map).sort()).toEqual([...core].sort());
  });

  test('a new record as each form starts it, once its required fields are filled, is valid input for the core', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const cases = [
      [serviceInput, values.serviceInput({ ...values.newService(), name: 'Hosting' })],
      [customerInput, values.customerInput({ ...values.newCustomer(), name: 'Northgate' })],
      [supplierInput, values.supplierInput({ ...values.newSupplier(), name: 'Northwind' })],
      [
        agreementInput,
        values.agreementInput({ ...values.newAgreement({ supplierId: id }), title: 'Contract' }),
      ],
      [
        targetInput,
        values.targetInput({
          ...values.newTarget({ agreementId: id }),
          name: 'Availability',
          threshold: '99.9',
        }),
      ],
      [
        reviewInput,
        values.reviewInput(values.newReview({ subject: 'supplier', supplierId: id }, '2026-03-01')),
      ],
    ] as const;
    for (const [schema, input] of cases) {
      const parsed = schema.safeParse(input);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  test("a form's text that is not a number reaches the core as typed, so its refusal names the problem", () => {
    const input = values.supplierInput({
      ...values.newSupplier(),
      name: 'Northwind',
      reviewCadenceMonths: 'twelve',
    });
    const parsed = supplierInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['reviewCadenceMonths'],
      message: 'The review cadence must be a number of months.',
    });
  });
});
