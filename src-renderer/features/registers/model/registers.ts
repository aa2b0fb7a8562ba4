import type { RecordRegisterName } from '../../../../src-main/api/schemas/registers/record-api';
import type { SectionId } from '../../../app/sections';

export type RegisterId = RecordRegisterName;

export interface RegisterMeta {
  id: RegisterId;
  /** "supplier", for sentences: "Delete supplier SUP-001?" */
  singular: string;
  /** "suppliers", for counts: "12 suppliers". */
  plural: string;
  /** "Suppliers", for headings and tabs. */
  title: string;
  /** The section whose navigation entry it sits under. */
  section: SectionId;
  /** The hash path of its list: `suppliers`, `agreements/targets`. */
  path: string;
}

export const registers: Record<RegisterId, RegisterMeta> = {
  services: {
    id: 'services',
    singular: 'service',
    plural: 'services',
    title: 'Services',
    section: 'services',
    path: 'services',
  },
  customers: {
    id: 'customers',
    singular: 'customer',
    plural: 'customers',
    title: 'Customers',
    section: 'customers',
    path: 'customers',
  },
  suppliers: {
    id: 'suppliers',
    singular: 'supplier',
    plural: 'suppliers',
    title: 'Suppliers',
    section: 'suppliers',
    path: 'suppliers',
  },
  agreements: {
    id: 'agreements',
    singular: 'agreement',
    plural: 'agreements',
    title: 'Agreements',
    section: 'agreements',
    path: 'agreements',
  },
  targets: {
    id: 'targets',
    singular: 'target',
    plural: 'targets',
    title: 'Targets',
    section: 'agreements',
    path: 'agreements/targets',
  },
  reviews: {
    id: 'reviews',
    singular: 'review',
    plural: 'reviews',
    title: 'Reviews',
    section: 'agreements',
    path: 'agreements/reviews',
  },
};

export const registerIds = Object.keys(registers) as RegisterId[];

export function isRegisterId(value: string): value is RegisterId {
  return Object.hasOwn(registers, value);
}

/** "1 supplier", "12 suppliers", "50,000 suppliers". */
export function countOf(register: RegisterId, count: number): string {
  const meta = registers[register];
  return `${count.toLocaleString('en-GB')} ${count === 1 ? meta.singular : meta.plural}`;
}

/** "Supplier": the singular with a capital, to start a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
