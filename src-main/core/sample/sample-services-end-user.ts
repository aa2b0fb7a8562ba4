import { people } from './sample-people';
import { allHours, catalogued, officeHours, part, type SampleService } from './sample-service-shape';

/**
 * The end-user half of the portfolio: patching, service desk, workplace and the services around
 * them, then the two pipeline services and the retired one.
 */
export function endUserServices(): SampleService[] {
  return [
    {
      key: 'patching',
      customers: ['calderbrook', 'fenwright', 'oostduin', 'marrowby'],
      dependsOn: ['identity', 'monitoring'],
      components: [
        part('Vulnerability scanner', 'SaaS', people.securityLead, 'groupSecurity'),
        part('Patch deployment pipeline', 'Software', people.securityLead, 'groupPlatform'),
      ],
      values: {
        name: 'Patch and Vulnerability Management',
        description:
          'Monthly patching of servers and end-user devices and out-of-cycle patching of critical vulnerabilities.',
        owner: people.securityLead,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Monthly patch cycle; critical patches within 14 days; monthly compliance report',
          requestTypes: 'Patch exception; emergency patch; change maintenance window',
          availabilityHours: officeHours,
          targetsOffered: '95% of critical patches applied within 14 days',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'serviceDesk',
      customers: [
        'calderbrook',
        'northmoor',
        'lindevelt',
        'marrowby',
        'fenwright',
        'zeelmond',
        'larchmere',
        'oostduin',
        'holmewater',
        'professionalServices',
      ],
      dependsOn: ['identity', 'monitoring'],
      components: [
        part('IT service management tool', 'SaaS', people.serviceDeskManager),
        part('Contact centre telephony', 'SaaS', people.serviceDeskManager),
        part('Leeds operations centre', 'Facility', people.serviceDeskManager, 'groupFacilities'),
      ],
      values: {
        name: '24×7 Service Desk',
        description:
          'Single point of contact by phone, portal and chat for incidents and requests, in English and Dutch, ' +
          'around the clock.',
        owner: people.serviceDeskManager,
        lifecycle: 'live',
        criticality: 'critical',
        catalogue: catalogued({
          offerings: 'Phone, portal and chat; English and Dutch; monthly service report',
          requestTypes: 'Report an incident; raise a request; ask for information; complain',
          availabilityHours: allHours,
          targetsOffered: 'Calls answered within 60 seconds; P1 response 15 minutes, resolution 4 hours',
          visibility: 'public',
        }),
      },
    },
    {
      key: 'workplace',
      customers: ['northmoor', 'lindevelt', 'marrowby', 'larchmere', 'holmewater', 'professionalServices'],
      dependsOn: ['identity', 'serviceDesk', 'patching'],
      components: [
        part('Device management platform', 'SaaS', people.workplaceLead),
        part('Standard laptop build', 'Configuration', people.workplaceLead),
        part(
          'On-site first-line support in Larchmere schools',
          'People',
          people.workplaceLead,
          'larchmereTechnicians',
        ),
      ],
      values: {
        name: 'Managed Workplace',
        description:
          'Laptops and desktops built, secured, patched and supported for office and home workers.',
        owner: people.workplaceLead,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Standard and power-user builds; remote support; on-site visits by appointment',
          requestTypes: 'New device; software install; replacement; on-site visit',
          availabilityHours: officeHours,
          targetsOffered: 'P2 resolution 8 hours; new device within 5 working days',
          visibility: 'public',
        }),
      },
    },
    {
      key: 'deviceLifecycle',
      customers: ['northmoor', 'larchmere', 'marrowby', 'holmewater'],
      dependsOn: ['workplace'],
      components: [
        part('Build bench Leeds', 'Facility', people.workplaceLead),
        part('Device courier', 'Logistics', people.workplaceLead, 'kittiwake'),
        part('Certified data erasure', 'Process', people.workplaceLead),
      ],
      values: {
        name: 'Device Lifecycle and Logistics',
        description: 'Procurement, build, delivery, repair and certified disposal of end-user devices.',
        owner: people.workplaceLead,
        lifecycle: 'live',
        criticality: 'medium',
        catalogue: catalogued({
          offerings: 'Build and deliver; collect and repair; erase and recycle with certificate',
          requestTypes: 'New device order; repair collection; disposal collection',
          availabilityHours: officeHours,
          targetsOffered: '95% of devices delivered within 5 working days',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'productivitySuite',
      customers: ['lindevelt', 'marrowby', 'fenwright', 'holmewater'],
      dependsOn: ['identity', 'serviceDesk'],
      components: [
        part('Suite tenancies', 'SaaS', people.workplaceLead),
        part('Licence subscriptions', 'Licence', people.workplaceLead, 'brackenfold'),
      ],
      values: {
        name: 'Productivity Suite Administration',
        description:
          'Administration of customers’ email, collaboration and file-sharing tenancies, including mail filtering.',
        owner: people.workplaceLead,
        lifecycle: 'live',
        criticality: 'medium',
        catalogue: catalogued({
          offerings: 'Tenant administration; mail filtering; retention policies; licence management',
          requestTypes: 'New mailbox; shared mailbox; distribution list; retention change',
          availabilityHours: officeHours,
          targetsOffered: 'Standard requests fulfilled within 1 working day',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'licensing',
      customers: ['lindevelt', 'marrowby', 'groupFinance'],
      dependsOn: [],
      components: [part('Reseller subscriptions', 'Licence', people.supplierManager, 'brackenfold')],
      values: {
        name: 'Software Licence Management',
        description: 'Buying, tracking and reconciling software licences on customers’ behalf.',
        owner: people.supplierManager,
        lifecycle: 'live',
        criticality: 'low',
        catalogue: catalogued({
          offerings: 'Licence purchasing; quarterly reconciliation; audit support',
          requestTypes: 'Add licences; remove licences; reconciliation report',
          availabilityHours: officeHours,
          targetsOffered: 'Licence orders placed within 1 working day',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'remoteHands',
      customers: ['skelbrook'],
      dependsOn: ['colocation'],
      components: [
        part('Harbourline data centre engineers', 'People', people.hostingManager),
        part('Out-of-hours smart hands at LDS1', 'People', people.hostingManager, 'ironbridge'),
      ],
      values: {
        name: 'Remote and Smart Hands',
        description:
          'Hands-on tasks in the data centres for colocation customers: reboots, cabling, swaps and checks.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'medium',
        catalogue: catalogued({
          offerings: 'Remote hands (simple tasks); smart hands (skilled tasks); escorted access',
          requestTypes: 'Power cycle; cable patch; disk swap; visual check',
          availabilityHours: allHours,
          targetsOffered: 'Engineer at the rack within 60 minutes',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'certificates',
      customers: ['calderbrook', 'fenwright'],
      dependsOn: ['identity'],
      components: [part('Certificate inventory and renewal automation', 'Software', people.securityLead)],
      values: {
        name: 'Certificate and Key Management',
        description: 'Inventory, renewal and safe keeping of customers’ TLS certificates and signing keys.',
        owner: people.securityLead,
        lifecycle: 'live',
        criticality: 'medium',
        catalogue: catalogued({
          offerings: 'Certificate inventory; automatic renewal; expiry alerts 30 days ahead',
          requestTypes: 'New certificate; revoke certificate; add to inventory',
          availabilityHours: officeHours,
          targetsOffered: 'No certificate in the inventory expires unrenewed',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'reportingPortal',
      customers: ['calderbrook', 'northmoor', 'zeelmond', 'oostduin', 'groupFinance'],
      dependsOn: ['monitoring', 'serviceDesk'],
      components: [part('Reporting portal web application', 'Software', people.serviceLevelManager)],
      values: {
        name: 'Customer Service Reporting Portal',
        description:
          'Online service reports: performance against targets, incidents, requests and changes per customer.',
        owner: people.serviceLevelManager,
        lifecycle: 'live',
        criticality: 'low',
        catalogue: catalogued({
          offerings: 'Monthly service report; live incident and request views; target trends',
          requestTypes: 'Portal access; custom report',
          availabilityHours: officeHours,
          targetsOffered: 'Monthly report published by the 5th working day',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'detectionResponse',
      customers: [],
      dependsOn: ['monitoring', 'firewall', 'identity'],
      components: [
        part('Security operations analysts', 'People', people.securityLead, 'groupSecurity'),
        part('Endpoint detection agents', 'Software', people.securityLead),
      ],
      values: {
        name: 'Managed Detection and Response',
        description:
          'Planned: 24×7 threat detection and response on customer endpoints and servers, run with Group IT ' +
          'Security. In design; pilot with one customer before launch.',
        owner: people.securityLead,
        lifecycle: 'pipeline',
        criticality: 'high',
      },
    },
    {
      key: 'containerPlatform',
      customers: [],
      dependsOn: ['privateCloud', 'monitoring', 'backup'],
      components: [part('Container orchestration clusters', 'Cluster', people.hostingManager)],
      values: {
        name: 'Managed Container Platform',
        description:
          'Planned: managed container clusters on private and public cloud. Business case approved.',
        owner: people.hostingManager,
        lifecycle: 'pipeline',
        criticality: 'medium',
      },
    },
    {
      key: 'legacyMail',
      customers: [],
      dependsOn: [],
      components: [part('Mailbox archive (read-only until deletion date)', 'Data', people.workplaceLead)],
      values: {
        name: 'Hosted Email (legacy)',
        description:
          'Retired: the last customers moved to the productivity suite. Archives are kept read-only until their ' +
          'agreed deletion date, then destroyed with a certificate.',
        owner: people.workplaceLead,
        lifecycle: 'retired',
        criticality: 'low',
      },
    },
  ];
}
