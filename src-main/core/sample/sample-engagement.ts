import type { EngagementInput } from '../../api/schemas/engagement';

/**
 * The sample workspace's engagement: a fictional managed-service provider preparing for its
 * stage 2 certification audit. Every name here is invented.
 */
export function sampleEngagement(now: Date): EngagementInput {
  const planned = new Date(now.getTime() + 47 * 24 * 60 * 60 * 1000);
  return {
    clientOrganisation: 'Harbourline Managed Services Ltd',
    scopeStatement:
      'The service management system supporting the planning, design, transition, delivery and improvement of ' +
      'managed hosting, 24×7 service desk and end-user computing services, delivered from the Leeds and ' +
      'Rotterdam operations centres to external business customers in the UK and the Netherlands.',
    auditType: 'stage2',
    plannedAuditDate: planned.toISOString().slice(0, 10),
    consultantName: 'Priya Raman',
  };
}
