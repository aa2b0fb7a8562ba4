import type { AuditType } from '../../../src-main/api/schemas/engagement';

/**
 * The core's `auditTypeLabels`, repeated here because the renderer may import only types from the
 * core; `satisfies` makes the compiler flag a missing or extra audit type.
 */
export const auditTypeLabels = {
  stage1: 'Initial certification, stage 1',
  stage2: 'Initial certification, stage 2',
  surveillance: 'Surveillance audit',
  recertification: 'Recertification audit',
  internal: 'Internal audit',
} as const satisfies Record<AuditType, string>;

/** The audit types in the order a consultant meets them over a certification cycle. */
export const auditTypeOrder = Object.keys(auditTypeLabels) as AuditType[];
