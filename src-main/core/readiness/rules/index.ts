import type { ReadinessRule } from '../readiness-rule';
import { agreementReviewOverdue } from './agreement-review-overdue';
import { catalogueEntryIncomplete } from './catalogue-entry-incomplete';
import { componentOperatedWithoutAgreement } from './component-operated-without-agreement';
import { contractEndingSoon } from './contract-ending-soon';
import { contractExpired } from './contract-expired';
import { customerSatisfactionNotMeasured } from './customer-satisfaction-not-measured';
import { customerWithoutRelationshipManager } from './customer-without-relationship-manager';
import { internalSupplierWithoutAgreement } from './internal-supplier-without-agreement';
import { serviceNotInCatalogue } from './service-not-in-catalogue';
import { serviceWithoutComponents } from './service-without-components';
import { serviceWithoutSla } from './service-without-sla';
import { internalSupplierReviewOverdue, supplierReviewOverdue } from './supplier-review-overdue';
import { supplierWithoutContract } from './supplier-without-contract';
import { targetBreachedLatest } from './target-breached-latest';
import { targetBreachedRepeatedly } from './target-breached-repeatedly';
import { targetNotMeasurable } from './target-not-measurable';
import { targetNotMeasured } from './target-not-measured';

/** Every readiness rule, in clause order then severity; findings of one clause and severity keep this order. */
export const readinessRules: readonly ReadinessRule[] = [
  componentOperatedWithoutAgreement,
  serviceNotInCatalogue,
  catalogueEntryIncomplete,
  serviceWithoutComponents,
  agreementReviewOverdue,
  customerWithoutRelationshipManager,
  customerSatisfactionNotMeasured,
  serviceWithoutSla,
  targetNotMeasurable,
  targetNotMeasured,
  targetBreachedRepeatedly,
  targetBreachedLatest,
  supplierWithoutContract,
  contractExpired,
  supplierReviewOverdue,
  contractEndingSoon,
  internalSupplierWithoutAgreement,
  internalSupplierReviewOverdue,
];
