import type { SampleCalendar } from './sample-calendar';
import { evaluationAtLastReview, type SampleSupplier } from './sample-supplier-shape';

/**
 * Internal suppliers in the Harbourline group and the customer that acts as a supplier (8.3.4.2).
 * Group Platform Engineering operates parts of two services yet has no OLA and has never been
 * reviewed: the gap an auditor looks for first.
 */
export function internalSuppliers(calendar: SampleCalendar): SampleSupplier[] {
  return [
    {
      key: 'groupSecurity',
      provides: ['firewall', 'patching', 'identity', 'detectionResponse'],
      raci: [
        { service: 'firewall', activity: 'Security monitoring of perimeter logs', role: 'R' },
        { service: 'patching', activity: 'Vulnerability scanning and risk rating', role: 'R' },
        { service: 'patching', activity: 'Deploying patches to customer systems', role: 'I' },
        { service: 'identity', activity: 'Privileged access reviews', role: 'A' },
      ],
      values: {
        name: 'Harbourline Group IT Security',
        kind: 'internal',
        description:
          'The group security function: security operations, vulnerability scanning, security incident response ' +
          'and the privileged access vault.',
        providesProcesses: 'Information security management (8.7.3); security incident response',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Yusuf Demir',
            role: 'Group security operations manager',
            email: 'y.demir@harbourline.example',
            phone: '0113 496 0190',
          },
        ],
        evaluations: [],
      },
    },
    {
      key: 'groupFacilities',
      provides: ['serviceDesk'],
      raci: [
        {
          service: 'serviceDesk',
          activity: 'Power, cooling and access at the Leeds operations centre',
          role: 'R',
        },
        { service: 'serviceDesk', activity: 'Operations centre business continuity site', role: 'A' },
      ],
      values: {
        name: 'Harbourline Group Facilities',
        kind: 'internal',
        description:
          'Runs the Leeds and Rotterdam operations centres: building power, UPS, cooling, access cards and the ' +
          'standby seating used when an office is unavailable.',
        providesProcesses: 'Physical access management at the operations centres',
        riskRating: 'low',
        contacts: [
          {
            name: 'Brenda Kettlewell',
            role: 'Facilities manager',
            email: 'b.kettlewell@harbourline.example',
            phone: '0113 496 0120',
          },
        ],
        evaluations: [],
      },
    },
    {
      key: 'groupPlatform',
      provides: ['monitoring', 'patching'],
      raci: [
        { service: 'monitoring', activity: 'Automation runbooks triggered by monitoring events', role: 'R' },
        { service: 'patching', activity: 'Patch deployment tooling', role: 'R' },
      ],
      values: {
        name: 'Harbourline Group Platform Engineering',
        kind: 'internal',
        description:
          'Group engineering team that builds and runs the automation tooling, the configuration management ' +
          'database and the patch deployment pipeline used by the service teams.',
        providesProcesses: 'Configuration management database upkeep',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Nadia Farouk',
            role: 'Platform engineering lead',
            email: 'n.farouk@harbourline.example',
            phone: '0113 496 0177',
          },
        ],
        evaluations: [],
      },
    },
    {
      key: 'larchmereTechnicians',
      customer: 'larchmere',
      provides: ['workplace'],
      raci: [
        { service: 'workplace', activity: 'Hands-on first-line support in the schools', role: 'R' },
        { service: 'workplace', activity: 'Logging incidents with the service desk', role: 'R' },
        { service: 'workplace', activity: 'Second-line device repair', role: 'I' },
      ],
      values: {
        name: 'Larchmere Academy Trust site technicians',
        kind: 'customer',
        description:
          "The trust's own site technicians, who handle hands-on first-line support in its schools and log " +
          'everything else with the Harbourline service desk.',
        providesProcesses: 'First-line incident handling on site',
        riskRating: 'medium',
        contacts: [
          {
            name: 'Rachel Dunmore',
            role: 'Trust IT lead',
            email: 'r.dunmore@larchmere-trust.example',
            phone: '01632 960 515',
          },
        ],
        evaluations: evaluationAtLastReview(calendar, 'larchmereTechnicians', [
          ['Incidents logged with the service desk', 3, 2, 'Some fixes on site are never logged.'],
          ['Attendance within agreed times', 3, 2, 'Not yet reported by the trust.'],
        ]),
      },
    },
  ];
}
