import type { AgreementKey, SupplierKey } from './sample-keys';

/**
 * When each supplier and agreement was last reviewed and is next due, in days from today, with
 * the cadence in months. The supplier and agreement records carry these dates and the review
 * records are held on the `last` day, so the two never disagree. A negative `next` is an overdue
 * review, which is how the sample shows the "review overdue" status.
 */
export interface ReviewSchedule {
  cadenceMonths: number;
  last: number;
  next: number;
}

export const supplierReviewSchedule: Record<SupplierKey, ReviewSchedule | null> = {
  ironbridge: { cadenceMonths: 12, last: -300, next: 65 },
  polderpoort: { cadenceMonths: 12, last: -385, next: -20 },
  stratocirrus: { cadenceMonths: 6, last: -120, next: 62 },
  fernwick: { cadenceMonths: 6, last: -215, next: -35 },
  mossgate: { cadenceMonths: 12, last: -330, next: 30 },
  brackenfold: { cadenceMonths: 12, last: -180, next: 185 },
  vaultline: { cadenceMonths: 12, last: -455, next: -90 },
  kittiwake: { cadenceMonths: 12, last: -240, next: 125 },
  skylantern: { cadenceMonths: 12, last: -150, next: 215 },
  groupSecurity: { cadenceMonths: 6, last: -140, next: 42 },
  groupFacilities: { cadenceMonths: 6, last: -245, next: -62 },
  // Never reviewed and no OLA: the gap the readiness checks are meant to find.
  groupPlatform: null,
  larchmereTechnicians: { cadenceMonths: 6, last: -170, next: 13 },
};

/** SLAs and the MOU are reviewed with the customer; OLAs and contracts at their supplier's review. */
export const agreementReviewSchedule: Record<AgreementKey, ReviewSchedule | null> = {
  slaCalderbrook: { cadenceMonths: 3, last: -58, next: 33 },
  slaNorthmoor: { cadenceMonths: 3, last: -150, next: -58 },
  slaLindevelt: { cadenceMonths: 6, last: -100, next: 82 },
  slaMarrowby: { cadenceMonths: 6, last: -130, next: 52 },
  slaFenwright: { cadenceMonths: 6, last: -75, next: 107 },
  slaZeelmond: { cadenceMonths: 3, last: -40, next: 51 },
  slaLarchmere: { cadenceMonths: 6, last: -190, next: -8 },
  slaSkelbrook: { cadenceMonths: 12, last: -200, next: 165 },
  slaOostduin: { cadenceMonths: 3, last: -30, next: 61 },
  slaHolmewater: { cadenceMonths: 6, last: -110, next: 72 },
  slaGroupFinance: { cadenceMonths: 12, last: -280, next: 85 },
  mouProfessionalServices: { cadenceMonths: 12, last: -340, next: 25 },
  olaGroupSecurity: { cadenceMonths: 6, last: -140, next: 42 },
  olaGroupFacilities: { cadenceMonths: 12, last: -245, next: 120 },
  olaLarchmere: { cadenceMonths: 6, last: -170, next: 13 },
  contractIronbridge: { cadenceMonths: 12, last: -300, next: 65 },
  contractPolderpoort: { cadenceMonths: 12, last: -385, next: -20 },
  contractStratocirrus: { cadenceMonths: 12, last: -120, next: 245 },
  contractFernwick: { cadenceMonths: 12, last: -215, next: 150 },
  contractMossgate: { cadenceMonths: 12, last: -330, next: 30 },
  contractBrackenfold: { cadenceMonths: 12, last: -180, next: 185 },
  contractVaultline: { cadenceMonths: 12, last: -455, next: -90 },
  contractKittiwake: { cadenceMonths: 12, last: -240, next: 125 },
  contractSkylantern: { cadenceMonths: 12, last: -150, next: 215 },
  slrDetectionResponse: null,
};
