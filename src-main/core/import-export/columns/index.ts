import type { RegisterName } from '../../registers/register-names';
import { agreementColumns } from './agreement-columns';
import type { RegisterColumns } from './column';
import { customerColumns } from './customer-columns';
import { measurementColumns } from './measurement-columns';
import { reviewColumns } from './review-columns';
import { serviceColumns } from './service-columns';
import { supplierColumns } from './supplier-columns';
import { targetColumns } from './target-columns';

/** The spreadsheet columns of every register, in the order files are written with. */
export const registerColumns: Record<RegisterName, RegisterColumns> = {
  services: serviceColumns,
  customers: customerColumns,
  suppliers: supplierColumns,
  agreements: agreementColumns,
  targets: targetColumns,
  measurements: measurementColumns,
  reviews: reviewColumns,
};
