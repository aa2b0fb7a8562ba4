import type { CustomerInput } from '../../api/schemas/registers/customer';
import type { SampleCalendar } from './sample-calendar';
import type { CustomerKey } from './sample-keys';
import { people } from './sample-people';

export interface SampleCustomer {
  key: CustomerKey;
  values: CustomerInput;
}

/**
 * A customer's quarterly survey results (1–5 scale), oldest first, one per completed quarter of the
 * last 18 months (the oldest are dropped when fewer quarters have ended). Each survey closes on the
 * 20th of the quarter's last month. Comments are keyed by quarters before the latest (0: latest).
 */
function surveys(
  calendar: SampleCalendar,
  scores: readonly number[],
  comments: Partial<Record<number, string>> = {},
): CustomerInput['satisfaction'] {
  const quarters = calendar.completedPeriods(3, 18);
  const kept = scores.slice(Math.max(0, scores.length - quarters.length));
  const held = quarters.slice(quarters.length - kept.length);
  return kept.map((score, index) => ({
    measuredOn: calendar.dayInMonth(held[index]! + 2, 20),
    score,
    comment: comments[kept.length - 1 - index] ?? '',
  }));
}

/**
 * Ten external business customers in the UK and the Netherlands and two internal ones (8.3.2),
 * with the satisfaction history and complaints a relationship manager would hold.
 */
export function sampleCustomers(calendar: SampleCalendar): SampleCustomer[] {
  return [
    {
      key: 'calderbrook',
      values: {
        name: 'Calderbrook Building Society',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Regional building society; its online banking and mortgage platforms run on Harbourline private cloud ' +
          'with recovery to Rotterdam. Regulated customer: expects evidence of supplier control for its own audits.',
        contacts: [
          {
            name: 'Fiona Ashworth',
            role: 'Head of IT Operations',
            email: 'f.ashworth@calderbrook-bs.example',
            phone: '0113 496 0412',
          },
          {
            name: 'Imran Qureshi',
            role: 'Vendor risk manager',
            email: 'i.qureshi@calderbrook-bs.example',
            phone: '0113 496 0418',
          },
        ],
        satisfaction: surveys(calendar, [4.4, 4.5, 4.3, 4.5, 4.4, 4.3], {
          3: 'Asked for quarterly evidence of the recovery tests for its regulator.',
        }),
        complaints: [
          {
            receivedOn: calendar.dayInMonth(-1, 17),
            description:
              'Online banking unavailable for 3 h 40 min after a storage controller failure at the Leeds data centre.',
            status: 'investigating',
            resolution:
              'Problem record opened; firmware defect confirmed with the hardware maintainer, fix scheduled.',
          },
        ],
      },
    },
    {
      key: 'northmoor',
      values: {
        name: 'Northmoor Logistics Ltd',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Third-party logistics firm with eleven warehouses; uses the service desk, managed workplace and SD-WAN. ' +
          'Handheld scanner outages stop picking, so priority 2 resolution matters more than the contract suggests.',
        contacts: [
          {
            name: 'Gemma Holroyd',
            role: 'IT Manager',
            email: 'gemma.holroyd@northmoor-logistics.example',
            phone: '01632 960 221',
          },
        ],
        satisfaction: surveys(calendar, [4.2, 4.0, 3.9, 3.6, 3.4, 3.3], {
          2: 'Frustrated by repeat scanner incidents at the Doncaster site.',
          0: 'Asked for a service improvement plan on priority 2 resolution.',
        }),
        complaints: [
          {
            receivedOn: calendar.day(-118),
            description:
              'Priority 2 incidents on warehouse scanners repeatedly took more than a working day.',
            status: 'investigating',
            resolution: '',
          },
          {
            receivedOn: calendar.day(-300),
            description: 'New starters at the Wakefield depot waited two weeks for laptops.',
            status: 'closed',
            resolution: 'Buffer stock of six pre-built laptops now held at the Leeds build bench.',
          },
        ],
      },
    },
    {
      key: 'lindevelt',
      values: {
        name: 'Lindevelt Kwekerijen B.V.',
        kind: 'external',
        relationshipManager: people.customerSuccessNl,
        description:
          'Greenhouse grower with sites in the Westland; managed workplace, productivity suite and SD-WAN between ' +
          'its glasshouses and head office.',
        contacts: [
          {
            name: 'Jeroen Bakels',
            role: 'Operations director',
            email: 'j.bakels@lindevelt.example',
            phone: '',
          },
        ],
        satisfaction: surveys(calendar, [4.1, 4.3, 4.2, 4.4, 4.3, 4.5]),
        complaints: [
          {
            receivedOn: calendar.day(-210),
            description: 'Monthly invoice still charged productivity licences for nine leavers.',
            status: 'closed',
            resolution:
              'Credit note issued; leaver licences now removed by the joiner-mover-leaver workflow.',
          },
        ],
      },
    },
    {
      key: 'marrowby',
      values: {
        name: 'Marrowby Dental Group',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Group of 23 dental practices; managed workplace, backup of practice management data and patching.',
        contacts: [
          {
            name: 'Laura Whitcombe',
            role: 'Practice systems lead',
            email: 'laura.whitcombe@marrowbydental.example',
            phone: '01632 960 348',
          },
        ],
        satisfaction: surveys(calendar, [4.0, 4.2, 4.1, 4.3, 4.2, 4.4]),
        complaints: [
          {
            receivedOn: calendar.day(-160),
            description: 'Engineer did not attend the booked laptop swap at the Skipton practice.',
            status: 'closed',
            resolution: 'Courier booking error; appointment confirmations now sent the day before.',
          },
        ],
      },
    },
    {
      key: 'fenwright',
      values: {
        name: 'Fenwright Legal LLP',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Law firm with offices in Leeds and Manchester; hosted document management, identity, perimeter security ' +
          'and certificates.',
        contacts: [
          {
            name: 'Oliver Pendleton',
            role: 'IT and facilities partner',
            email: 'opendleton@fenwright-legal.example',
            phone: '0113 496 0777',
          },
        ],
        satisfaction: surveys(calendar, [4.3, 4.2, 4.4, 4.3, 4.5, 4.4]),
        complaints: [
          {
            receivedOn: calendar.day(-75),
            description:
              'Password resets needed a second call because the first-line analyst could not verify the caller.',
            status: 'resolved',
            resolution: 'Verification script updated; self-service reset offered to all fee earners.',
          },
        ],
      },
    },
    {
      key: 'zeelmond',
      values: {
        name: 'Zeelmond Havenlogistiek B.V.',
        kind: 'external',
        relationshipManager: people.customerSuccessNl,
        description:
          'Port logistics operator; terminal operating system hosted on private cloud and dedicated servers with ' +
          'a managed database, SD-WAN to the quay offices and perimeter security.',
        contacts: [
          {
            name: 'Marloes de Wit',
            role: 'Manager IT',
            email: 'm.dewit@zeelmond-haven.example',
            phone: '',
          },
          {
            name: 'Sven Hoogland',
            role: 'Information security officer',
            email: 's.hoogland@zeelmond-haven.example',
            phone: '',
          },
        ],
        satisfaction: surveys(calendar, [4.5, 4.6, 4.4, 4.6, 4.5, 4.6]),
        complaints: [],
      },
    },
    {
      key: 'larchmere',
      values: {
        name: 'Larchmere Academy Trust',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Multi-academy trust of nine schools; service desk, managed workplace and device lifecycle. Its own site ' +
          'technicians give first-line, hands-on support in the schools under an OLA, so the trust is also a supplier.',
        contacts: [
          {
            name: 'Rachel Dunmore',
            role: 'Trust IT lead',
            email: 'r.dunmore@larchmere-trust.example',
            phone: '01632 960 515',
          },
        ],
        satisfaction: surveys(calendar, [3.9, 4.0, 4.1, 3.8, 4.0, 4.1]),
        complaints: [
          {
            receivedOn: calendar.day(-40),
            description: 'Classroom laptops returned from repair without the exam software re-installed.',
            status: 'open',
            resolution: '',
          },
        ],
      },
    },
    {
      key: 'skelbrook',
      values: {
        name: 'Skelbrook Precision Engineering Ltd',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Engineering firm that keeps its own servers in Harbourline colocation racks at Leeds; remote hands, ' +
          'SD-WAN and managed firewall.',
        contacts: [
          {
            name: 'Paul Ridgeway',
            role: 'Infrastructure engineer',
            email: 'paul.ridgeway@skelbrook-pe.example',
            phone: '01632 960 689',
          },
        ],
        satisfaction: surveys(calendar, [4.6, 4.5, 4.6, 4.7, 4.6, 4.6]),
        complaints: [],
      },
    },
    {
      key: 'oostduin',
      values: {
        name: 'Oostduin Zorggroep',
        kind: 'external',
        relationshipManager: people.customerSuccessNl,
        description:
          'Care group with residential homes along the coast; client records hosted on private cloud with backup, ' +
          'recovery, identity and patching. Health data: strict access logging is part of the agreement.',
        contacts: [
          {
            name: 'Annelies Verhoef',
            role: 'Chief information officer',
            email: 'a.verhoef@oostduin-zorg.example',
            phone: '',
          },
        ],
        satisfaction: surveys(calendar, [4.0, 4.1, 4.2, 4.2, 4.3, 4.3]),
        complaints: [],
      },
    },
    {
      key: 'holmewater',
      values: {
        name: 'Holmewater Housing Association',
        kind: 'external',
        relationshipManager: people.customerSuccessUk,
        description:
          'Housing association with 600 staff, many working from home; service desk, managed workplace and ' +
          'productivity suite administration.',
        contacts: [
          {
            name: 'Natalie Brennan',
            role: 'Head of digital',
            email: 'n.brennan@holmewater-ha.example',
            phone: '01632 960 902',
          },
        ],
        satisfaction: surveys(calendar, [4.1, 4.2, 4.0, 4.2, 4.3, 4.2]),
        complaints: [
          {
            receivedOn: calendar.day(-95),
            description:
              'A mail filtering change quarantined tenant emails for a morning without prior notice.',
            status: 'resolved',
            resolution:
              'Change reclassified as normal, not standard; customer notice added to the change template.',
          },
        ],
      },
    },
    {
      key: 'professionalServices',
      values: {
        name: 'Harbourline Professional Services',
        kind: 'internal',
        relationshipManager: people.headOfDelivery,
        description:
          'The consulting division of the Harbourline group; uses the service desk and managed workplace on the ' +
          'same terms as external customers, under an internal memorandum of understanding.',
        contacts: [
          {
            name: 'Simon Achterberg',
            role: 'Division operations manager',
            email: 's.achterberg@harbourline.example',
            phone: '0113 496 0150',
          },
        ],
        satisfaction: surveys(calendar, [3.8, 4.0, 4.1]),
        complaints: [],
      },
    },
    {
      key: 'groupFinance',
      values: {
        name: 'Harbourline Group Finance',
        kind: 'internal',
        relationshipManager: people.serviceLevelManager,
        description:
          'Group finance function; its ERP system is hosted on Harbourline private cloud with a managed database, ' +
          'covered by an internal SLA.',
        contacts: [
          {
            name: 'Deborah Yates',
            role: 'Financial systems manager',
            email: 'd.yates@harbourline.example',
            phone: '0113 496 0162',
          },
        ],
        satisfaction: surveys(calendar, [4.2, 4.4]),
        complaints: [],
      },
    },
  ];
}
