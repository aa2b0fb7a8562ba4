import type { MethodInput } from '../../../../src-main/api/contract';
import type { RegisterId } from '../model/registers';

/** A register a file can be imported into or exported from: the record registers and measurements. */
export type FileRegister = MethodInput<'registers.export'>['register'];
export type FileFormat = MethodInput<'registers.export'>['format'];

interface FileRegisterMeta {
  /** "suppliers", "measurements": for sentences and counts. */
  plural: string;
  /** "Suppliers", "Measurements": for menus and choices. */
  title: string;
}

export const fileRegisters: Record<FileRegister, FileRegisterMeta> = {
  services: { plural: 'services', title: 'Services' },
  customers: { plural: 'customers', title: 'Customers' },
  suppliers: { plural: 'suppliers', title: 'Suppliers' },
  agreements: { plural: 'agreements', title: 'Agreements' },
  targets: { plural: 'targets', title: 'Targets' },
  measurements: { plural: 'measurements', title: 'Measurements' },
  reviews: { plural: 'reviews', title: 'Reviews' },
};

/**
 * The registers whose files a list screen imports and exports: its own, and on the Targets list
 * also the measurements, which belong to targets but have no list of their own.
 */
export function fileRegistersOf(register: RegisterId): FileRegister[] {
  return register === 'targets' ? ['targets', 'measurements'] : [register];
}

export const fileFormats: { format: FileFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel' },
];
