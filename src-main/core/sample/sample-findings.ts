import type { CorrectiveActionStatus, FindingStatus, FindingType } from '../../api/schemas/findings';
import type { SampleCalendar } from './sample-calendar';
import type { SampleCitation } from './sample-assessments';
import type { EvidenceKey } from './sample-evidence';
import { people } from './sample-people';

export interface SampleFinding {
  type: FindingType;
  title: string;
  description: string;
  status: FindingStatus;
  raisedOn: string;
  items: string[];
  records: SampleCitation[];
  action: {
    description: string;
    owner: string;
    dueDate: string | null;
    status: CorrectiveActionStatus;
    closureEvidence: EvidenceKey[];
  };
}

/** The consultant's findings so far: one of each grade, and one nonconformity already closed. */
export function sampleFindings(calendar: SampleCalendar): SampleFinding[] {
  const raised = calendar.day(-14);
  return [
    {
      type: 'major_nc',
      title: 'Live services delivered without an agreed SLA',
      description: 'Two live catalogue services are delivered to customers with no agreed SLA covering them.',
      status: 'open',
      raisedOn: raised,
      items: ['8.3.3-01'],
      records: [],
      action: {
        description: 'Agree SLAs for both services with the customers concerned, or retire the services.',
        owner: people.serviceLevelManager,
        dueDate: calendar.day(30),
        status: 'not_started',
        closureEvidence: [],
      },
    },
    {
      type: 'minor_nc',
      title: 'Supplier reviews overdue',
      description: 'Reviews of several external suppliers are past their planned date, Kittiwake among them.',
      status: 'open',
      raisedOn: raised,
      items: ['8.3.4.1-04'],
      records: [{ register: 'suppliers', key: 'kittiwake' }],
      action: {
        description: 'Hold the overdue reviews and put the review calendar into the supplier manager’s plan.',
        owner: people.supplierManager,
        dueDate: calendar.day(45),
        status: 'in_progress',
        closureEvidence: [],
      },
    },
    {
      type: 'observation',
      title: 'Risk register not reviewed since the reorganisation',
      description: 'The risks still name the old team structure; the review is planned but not done.',
      status: 'open',
      raisedOn: raised,
      items: ['6.1-05'],
      records: [],
      action: { description: '', owner: '', dueDate: null, status: 'not_started', closureEvidence: [] },
    },
    {
      type: 'opportunity',
      title: 'Produce SLA reports from the monitoring data directly',
      description:
        'The monthly report is assembled by hand from three tools; automating it would save a day a month.',
      status: 'open',
      raisedOn: raised,
      items: ['9.4-02'],
      records: [],
      action: { description: '', owner: '', dueDate: null, status: 'not_started', closureEvidence: [] },
    },
    {
      type: 'minor_nc',
      title: 'Staff unaware of the service management policy',
      description: 'Raised by the internal audit: three of five engineers could not say where the policy is.',
      status: 'closed',
      raisedOn: calendar.day(-120),
      items: ['5.2.2-02'],
      records: [],
      action: {
        description: 'Policy briefing in every team meeting and a link on the service desk home page.',
        owner: people.headOfDelivery,
        dueDate: calendar.day(-60),
        status: 'verified',
        closureEvidence: ['policy'],
      },
    },
  ];
}
