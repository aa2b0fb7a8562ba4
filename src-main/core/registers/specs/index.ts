import type { RegisterSpec } from '../register-spec';
import { agreementSpec } from './agreement-spec';
import { customerSpec } from './customer-spec';
import { reviewSpec } from './review-spec';
import { serviceSpec } from './service-spec';
import { supplierSpec } from './supplier-spec';
import { targetSpec } from './target-spec';

/** The registers whose records have codes and are edited as whole records (measurements are not). */
export const recordSpecs = {
  services: serviceSpec,
  customers: customerSpec,
  suppliers: supplierSpec,
  agreements: agreementSpec,
  targets: targetSpec,
  reviews: reviewSpec,
} as const;

export type RecordRegister = keyof typeof recordSpecs;

export function specFor(register: RecordRegister): RegisterSpec<never> {
  return recordSpecs[register] as unknown as RegisterSpec<never>;
}

export function isRecordRegister(value: string): value is RecordRegister {
  return Object.hasOwn(recordSpecs, value);
}
