import type { AssessmentStatus } from '../../api/schemas/assessment';
import type { SampleCalendar } from './sample-calendar';
import type { EvidenceKey } from './sample-evidence';
import type { AgreementKey, SupplierKey } from './sample-keys';
import { people } from './sample-people';

export type SampleCitation =
  { register: 'agreements'; key: AgreementKey } | { register: 'suppliers'; key: SupplierKey };

export interface SampleAssessment {
  itemId: string;
  status: AssessmentStatus;
  clientNotes: string;
  internalNotes?: string;
  owner: string;
  interviewees?: string[];
  dueDate?: string;
  evidence?: EvidenceKey[];
  cites?: SampleCitation[];
  operatedBy?: AgreementKey;
}

/**
 * Where the consultant has got to, two visits in: clauses 4 and 5 mostly done, planning and
 * support under way, the relationship processes of 8.3 assessed in line with the register gaps,
 * and most of 8.4 to 10 still to do. One item is conforming without evidence, so the weak-evidence
 * flag has something to show.
 */
export function sampleAssessments(calendar: SampleCalendar): SampleAssessment[] {
  const soon = calendar.day(21);
  const { headOfDelivery, serviceLevelManager, supplierManager, securityLead, commercialDirector } = people;
  return [
    {
      itemId: '4.1-01',
      status: 'conforming',
      owner: headOfDelivery,
      interviewees: [headOfDelivery, commercialDirector],
      clientNotes:
        'Context issues are listed in the strategy paper and discussed at every management review.',
      evidence: ['managementReview'],
    },
    {
      itemId: '4.1-02',
      status: 'partially_conforming',
      owner: headOfDelivery,
      clientNotes:
        'The issues list was last updated before the Rotterdam expansion; the new site is not reflected.',
      internalNotes: 'Helen agreed to refresh it before stage 2; check the new version at the next visit.',
      dueDate: soon,
    },
    {
      itemId: '4.2-01',
      status: 'conforming',
      owner: commercialDirector,
      clientNotes: 'Interested parties register covers customers, regulators, the group and key suppliers.',
    },
    {
      itemId: '4.3-01',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'Scope statement v2.1 names the services, both sites and the group functions in scope.',
      evidence: ['scope'],
    },
    {
      itemId: '4.3-03',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'The scope claims no exclusions; services run by group functions are covered by OLAs.',
      evidence: ['scope'],
    },
    {
      itemId: '4.4-01',
      status: 'partially_conforming',
      owner: headOfDelivery,
      clientNotes: 'Processes are defined and owned, but the links between capacity and change are informal.',
    },
    {
      itemId: '5.1-02',
      status: 'conforming',
      owner: headOfDelivery,
      interviewees: [headOfDelivery],
      clientNotes: 'Policy and objectives are approved by the board and referenced in the annual plan.',
      evidence: ['policy', 'managementReview'],
    },
    {
      itemId: '5.2.1-01',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'Policy v3.0 suits the managed services business and its customers.',
      evidence: ['policy'],
    },
    {
      itemId: '5.2.1-03',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'The policy commits to customer, legal, regulatory and contractual requirements.',
      evidence: ['policy'],
    },
    {
      itemId: '5.2.2-02',
      status: 'conforming',
      owner: headOfDelivery,
      interviewees: ['Two service desk analysts', 'One network engineer'],
      clientNotes: 'Staff interviewed knew where the policy is and what it asks of them.',
      internalNotes:
        'The minor NC from the last internal audit on policy awareness is closed; see the findings.',
      evidence: ['policy'],
    },
    {
      itemId: '5.3-01',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'Every process and service has a named owner; shown on the organisation chart.',
      evidence: ['orgChart'],
    },
    {
      itemId: '5.3-03',
      status: 'conforming',
      owner: serviceLevelManager,
      clientNotes: 'The service level manager reports performance to the leadership team every month.',
    },
    {
      itemId: '6.1-05',
      status: 'partially_conforming',
      owner: headOfDelivery,
      clientNotes: 'The risk register has not been reviewed since the reorganisation in the spring.',
      dueDate: soon,
    },
    {
      itemId: '6.2.1-02',
      status: 'nonconforming',
      owner: headOfDelivery,
      clientNotes: 'Two of the five objectives have no target value or date, so progress cannot be judged.',
    },
    {
      itemId: '7.2-04',
      status: 'partially_conforming',
      owner: people.serviceDeskManager,
      clientNotes: 'Training records are kept for the service desk but not for the hosting team.',
    },
    {
      itemId: '7.5.4-04',
      status: 'conforming',
      owner: serviceLevelManager,
      clientNotes: 'Service requirements and the catalogue are documented and under version control.',
      evidence: ['catalogueExtract'],
    },
    {
      itemId: '8.2.4-01',
      status: 'conforming',
      owner: serviceLevelManager,
      clientNotes: 'The published catalogue describes each service and its intended outcomes.',
      evidence: ['catalogueExtract'],
    },
    {
      itemId: '8.2.4-03',
      status: 'partially_conforming',
      owner: serviceLevelManager,
      clientNotes: 'Some live catalogue entries lack an owner, a description or service level targets.',
    },
    {
      itemId: '8.3.3-01',
      status: 'nonconforming',
      owner: serviceLevelManager,
      interviewees: [serviceLevelManager],
      clientNotes: 'Two live services are delivered to customers without any agreed SLA covering them.',
      cites: [{ register: 'agreements', key: 'slaCalderbrook' }],
    },
    {
      itemId: '8.3.3-04',
      status: 'conforming',
      owner: serviceLevelManager,
      clientNotes: 'Performance against SLA targets is reported to each customer every month.',
      evidence: ['slaReport'],
      cites: [{ register: 'agreements', key: 'slaNorthmoor' }],
    },
    {
      itemId: '8.3.3-05',
      status: 'partially_conforming',
      owner: serviceLevelManager,
      clientNotes: 'Breaches are reported, but repeated private cloud breaches have no recorded root cause.',
    },
    {
      itemId: '8.3.4.1-02',
      status: 'partially_conforming',
      owner: supplierManager,
      interviewees: [supplierManager],
      clientNotes:
        'Most external suppliers have current contracts; one contract has expired and not been renewed.',
      cites: [{ register: 'agreements', key: 'contractIronbridge' }],
    },
    {
      itemId: '8.3.4.1-04',
      status: 'nonconforming',
      owner: supplierManager,
      clientNotes: 'Several supplier reviews are past their planned date.',
      cites: [{ register: 'suppliers', key: 'kittiwake' }],
    },
    {
      itemId: '8.3.4.2-01',
      status: 'partially_conforming',
      owner: supplierManager,
      clientNotes: 'OLAs exist for Group Security and Group Facilities; the group platform team has none.',
      cites: [{ register: 'agreements', key: 'olaGroupSecurity' }],
    },
    {
      itemId: '8.7.2-03',
      status: 'operated_by_other_party',
      owner: securityLead,
      clientNotes:
        'Recovery tests of the Rotterdam recovery suite are run by Polderpoort under its contract.',
      operatedBy: 'contractPolderpoort',
    },
    {
      itemId: '8.7.3.1-01',
      status: 'operated_by_other_party',
      owner: securityLead,
      clientNotes: 'The information security policy is owned and maintained by Group Security under its OLA.',
      operatedBy: 'olaGroupSecurity',
    },
    {
      itemId: '9.3-01',
      status: 'conforming',
      owner: headOfDelivery,
      clientNotes: 'Management reviews take place every six months with minutes and actions.',
      evidence: ['managementReview'],
    },
    {
      itemId: '9.4-02',
      status: 'conforming',
      owner: serviceLevelManager,
      clientNotes: 'Monthly performance reports are produced from the monitoring and ticketing data.',
      internalNotes: 'Conforming on interview only so far; ask for a sample report before stage 2.',
    },
  ];
}
