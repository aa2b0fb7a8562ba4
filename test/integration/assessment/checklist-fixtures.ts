import { expect } from 'vitest';
import { verifyChangeLog } from '../../../src-main/core/change-log/change-log';
import { openHarness, type Harness } from '../registers/api-harness';
import { agreementInput, customerInput, serviceInput, supplierInput } from '../registers/register-inputs';

/** A workspace with the register records the checklist tests cite and link to. */
export interface Checklist {
  h: Harness;
  records: {
    customer: { id: string; code: string };
    supplier: { id: string; code: string };
    /** A contract with the external supplier: what controls a party operating a process (8.2.3). */
    contract: { id: string; code: string };
    /** An SLA with the customer: not an agreement that binds a party operating a process. */
    sla: { id: string; code: string };
    service: { id: string; code: string };
  };
}

export async function openChecklist(dir: string): Promise<Checklist> {
  const h = await openHarness(dir, 'checklist.clausebook');
  const customer = await h.call('customers.create', customerInput('Northwind Traders'));
  const supplier = await h.call('suppliers.create', supplierInput('Datacentre North'));
  const contract = await h.call(
    'agreements.create',
    agreementInput('Colocation contract', { type: 'contract', supplierId: supplier.id }),
  );
  const sla = await h.call('agreements.create', agreementInput('Hosting SLA', { customerId: customer.id }));
  const service = await h.call('services.create', serviceInput('Managed Hosting'));
  return { h, records: { customer, supplier, contract, sla, service } };
}

export const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');

/** The change-log entries written since `since` (a seq), as [register, operation, record id]. */
export function logSince(h: Harness, since: number): [string, string, string][] {
  return h
    .changeLog()
    .filter((entry) => entry.seq > since)
    .map((entry) => [entry.register, entry.operation, entry.record_id]);
}

export function lastSeq(h: Harness): number {
  return h.changeLog().at(-1)?.seq ?? 0;
}

export function expectChainIntact(h: Harness): void {
  const verdict = verifyChangeLog(h.db());
  expect(verdict.firstBroken).toBeNull();
  expect(verdict.ok).toBe(true);
}

/**
 * A register record the checklist names cannot be deleted. Today the database's guard refuses it
 * (migration 0003); once the registers' delete lists checklist referrers it is refused earlier
 * with the list. Either way the record stays.
 */
export async function expectDeleteRefused(
  h: Harness,
  register: 'services' | 'agreements' | 'suppliers',
  id: string,
  label: string,
): Promise<void> {
  const error = await h.failure(`${register}.delete`, { id });
  expect(error.message).toMatch(new RegExp(`This ${label} is cited in the clause checklist|still named by`));
  expect((await h.callAny(`${register}.get`, { id })).id).toBe(id);
}
