import type { SampleCalendar } from './sample-calendar';
import { evaluationAtLastReview, type SampleSupplier } from './sample-supplier-shape';

/**
 * External suppliers (8.3.4.1): the two colocation providers, the cloud platform, the carrier, the
 * hardware maintainer and the smaller suppliers behind licensing, tapes, couriers and monitoring.
 */
export function externalSuppliers(calendar: SampleCalendar): SampleSupplier[] {
  return [
    {
      key: 'ironbridge',
      provides: ['colocation', 'network', 'remoteHands'],
      raci: [
        {
          service: 'colocation',
          activity: 'Power, cooling and physical security of the LDS1 data hall',
          role: 'R',
        },
        { service: 'remoteHands', activity: 'Out-of-hours smart hands at LDS1', role: 'R' },
        { service: 'privateCloud', activity: 'Escorted access for hardware replacement', role: 'C' },
      ],
      values: {
        name: 'Ironbridge Data Centres Ltd',
        kind: 'external',
        description:
          'Colocation provider for the Leeds data centre (LDS1): two private suites, A+B power, cross-connects and ' +
          'smart hands.',
        providesProcesses: 'Physical security and access control at LDS1; facilities incident handling',
        riskRating: 'high',
        contacts: [
          {
            name: 'Craig Bellamy',
            role: 'Account director',
            email: 'craig.bellamy@ironbridge-dc.example',
            phone: '0113 496 0301',
          },
          {
            name: 'LDS1 operations desk',
            role: '24×7 site operations',
            email: 'lds1.ops@ironbridge-dc.example',
            phone: '0113 496 0300',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'ironbridge', [
          [
            'Resilience of power and cooling',
            5,
            3,
            'Concurrently maintainable design; no loss of power in 18 months.',
          ],
          [
            'Physical security and certifications',
            4,
            2,
            'ISO/IEC 27001 certificate seen; visitor log sampled.',
          ],
          [
            'Reporting and communication',
            3,
            1,
            'Monthly report arrives late; asked for it by the 5th working day.',
          ],
          ['Commercial terms', 3, 1],
        ]),
      },
    },
    {
      key: 'polderpoort',
      provides: ['colocation', 'disasterRecovery'],
      raci: [
        {
          service: 'colocation',
          activity: 'Power, cooling and physical security of the RTM1 hall',
          role: 'R',
        },
        { service: 'disasterRecovery', activity: 'Recovery site capacity held available', role: 'R' },
      ],
      values: {
        name: 'Polderpoort Datacenters B.V.',
        kind: 'external',
        description:
          'Colocation provider for the Rotterdam data centre (RTM1), which hosts Dutch customers and the recovery ' +
          'capacity for UK customers.',
        providesProcesses: 'Physical security and access control at RTM1',
        riskRating: 'high',
        contacts: [
          {
            name: 'Willem Scheepstra',
            role: 'Customer success manager',
            email: 'w.scheepstra@polderpoort.example',
            phone: '',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'polderpoort', [
          ['Resilience of power and cooling', 5, 3],
          ['Physical security and certifications', 5, 2],
          ['Reporting and communication', 4, 1],
          ['Commercial terms', 3, 1, 'Indexation clause raised prices 6% this year.'],
        ]),
      },
    },
    {
      key: 'stratocirrus',
      provides: ['backup', 'publicCloud', 'containerPlatform'],
      raci: [
        { service: 'backup', activity: 'Durable storage of the off-site backup copy', role: 'R' },
        { service: 'publicCloud', activity: 'Availability of the underlying cloud platform', role: 'R' },
        { service: 'publicCloud', activity: 'Tenant configuration and landing-zone guardrails', role: 'I' },
      ],
      values: {
        name: 'Stratocirrus Cloud Services Ltd',
        kind: 'external',
        description:
          'Public cloud platform: object storage for the off-site backup copy and the infrastructure under the ' +
          'managed public cloud service.',
        providesProcesses: 'Platform incident management and status communication for its own services',
        riskRating: 'high',
        contacts: [
          {
            name: 'Priyanka Sethi',
            role: 'Partner manager',
            email: 'psethi@stratocirrus.example',
            phone: '01632 960 144',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'stratocirrus', [
          ['Platform availability record', 5, 3],
          ['Data residency in the UK and EU', 5, 3],
          ['Support responsiveness', 3, 2, 'Severity B tickets often answered by a bot first.'],
          ['Commercial terms', 4, 1],
        ]),
      },
    },
    {
      key: 'fernwick',
      provides: ['network', 'sdWan'],
      raci: [
        { service: 'network', activity: 'Inter-site circuits between LDS1 and RTM1', role: 'R' },
        { service: 'sdWan', activity: 'Last-mile circuits to customer sites', role: 'R' },
        { service: 'sdWan', activity: 'Fault diagnosis on customer circuits', role: 'C' },
      ],
      values: {
        name: 'Fernwick Fibre Networks plc',
        kind: 'external',
        description:
          'Telecoms carrier for the inter-site circuits, internet transit at both data centres and the last-mile ' +
          'circuits of SD-WAN customer sites.',
        providesProcesses: 'Circuit fault management; planned engineering works notification',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Alison Drury',
            role: 'Service manager',
            email: 'alison.drury@fernwickfibre.example',
            phone: '01632 960 733',
          },
          {
            name: 'Fault desk',
            role: '24×7 fault reporting',
            email: 'faults@fernwickfibre.example',
            phone: '01632 960 700',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'fernwick', [
          ['Circuit availability', 4, 3],
          ['Fault restoration times', 2, 3, 'Restoration targets missed three times in six months.'],
          ['Notice of planned works', 3, 1],
        ]),
      },
    },
    {
      key: 'mossgate',
      provides: ['privateCloud', 'dedicatedServers', 'backup'],
      raci: [
        { service: 'privateCloud', activity: 'On-site break-fix of servers and storage arrays', role: 'R' },
        { service: 'dedicatedServers', activity: 'On-site break-fix of customer servers', role: 'R' },
        { service: 'privateCloud', activity: 'Firmware advisories for maintained hardware', role: 'I' },
      ],
      values: {
        name: 'Mossgate Hardware Maintenance Ltd',
        kind: 'external',
        description:
          'Third-party hardware maintainer: four-hour on-site break-fix for servers, storage arrays and the backup ' +
          'appliances at LDS1 and RTM1.',
        providesProcesses: 'Hardware fault repair; spares holding',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Keith Marland',
            role: 'Contract manager',
            email: 'k.marland@mossgate-hw.example',
            phone: '01632 960 467',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'mossgate', [
          ['Engineer arrival within four hours', 4, 3],
          ['First-time fix rate', 3, 2, 'Two repeat visits for the same array controller.'],
          ['Spares held locally', 4, 2],
        ]),
      },
    },
    {
      key: 'brackenfold',
      provides: ['productivitySuite', 'licensing'],
      raci: [
        { service: 'licensing', activity: 'Placing and cancelling licence subscriptions', role: 'R' },
        { service: 'productivitySuite', activity: 'Licence true-up advice', role: 'C' },
      ],
      values: {
        name: 'Brackenfold Licensing Ltd',
        kind: 'external',
        description: 'Software licence reseller for productivity suite and server licences.',
        providesProcesses: '',
        riskRating: 'low',
        contacts: [
          {
            name: 'Hannah Greaves',
            role: 'Account manager',
            email: 'hannah@brackenfold-licensing.example',
            phone: '01632 960 812',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'brackenfold', [
          ['Order accuracy', 4, 2],
          ['Price competitiveness', 4, 1],
        ]),
      },
    },
    {
      key: 'vaultline',
      provides: ['backup'],
      raci: [{ service: 'backup', activity: 'Collection, storage and return of backup tapes', role: 'R' }],
      values: {
        name: 'Vaultline Secure Storage Ltd',
        kind: 'external',
        description:
          'Off-site vaulting of the monthly backup tapes kept for customers with long retention periods.',
        providesProcesses: 'Secure media transport; tape retrieval on request',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Martin Oyelaran',
            role: 'Operations supervisor',
            email: 'martin.o@vaultline.example',
            phone: '01632 960 978',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'vaultline', [
          ['Chain of custody', 4, 3],
          ['Retrieval times', 4, 2],
        ]),
      },
    },
    {
      key: 'kittiwake',
      provides: ['deviceLifecycle'],
      raci: [
        { service: 'deviceLifecycle', activity: 'Delivery and collection of end-user devices', role: 'R' },
      ],
      values: {
        name: 'Kittiwake Logistics Ltd',
        kind: 'external',
        description:
          'Courier for delivering new and repaired laptops to customer sites and collecting returns.',
        providesProcesses: '',
        riskRating: 'low',
        contacts: [
          {
            name: 'Bookings team',
            role: 'Courier bookings',
            email: 'bookings@kittiwake.example',
            phone: '01632 960 050',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'kittiwake', [
          ['On-time delivery', 4, 2],
          ['Handling of damaged items', 3, 1],
        ]),
      },
    },
    {
      key: 'skylantern',
      provides: ['monitoring'],
      raci: [
        { service: 'monitoring', activity: 'Availability of the hosted monitoring platform', role: 'R' },
      ],
      values: {
        name: 'Skylantern Monitoring Ltd',
        kind: 'external',
        description:
          'Software-as-a-service monitoring platform that collects metrics and events from both sites.',
        providesProcesses: '',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Customer support',
            role: 'Support portal',
            email: 'support@skylantern.example',
            phone: '',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'skylantern', [
          ['Platform availability', 4, 3],
          ['Ease of integration', 5, 1],
        ]),
      },
    },
  ];
}
