import type { RecordRegister } from '../specs';
import { agreementList } from './agreement-list';
import { customerList } from './customer-list';
import type { ListSpec } from './list-query';
import { reviewList } from './review-list';
import { serviceList } from './service-list';
import { supplierList } from './supplier-list';
import { targetList } from './target-list';

export const listSpecs: Record<RecordRegister, ListSpec> = {
  services: serviceList,
  customers: customerList,
  suppliers: supplierList,
  agreements: agreementList,
  targets: targetList,
  reviews: reviewList,
};
