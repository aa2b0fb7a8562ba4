import { people } from './sample-people';
import { allHours, catalogued, officeHours, part, type SampleService } from './sample-service-shape';

/**
 * The infrastructure half of the portfolio: data centre network and space, identity, monitoring,
 * backup, hosting, recovery and network services, foundations first.
 */
export function infrastructureServices(): SampleService[] {
  return [
    {
      key: 'network',
      customers: [],
      dependsOn: [],
      components: [
        part('Core switching LDS1', 'Network', people.networkManager),
        part('Core switching RTM1', 'Network', people.networkManager),
        part('Inter-site circuits LDS1–RTM1', 'Circuit', people.networkManager, 'fernwick'),
        part('Internet transit', 'Circuit', people.networkManager, 'fernwick'),
        part('LDS1 meet-me room cross-connects', 'Cabling', people.networkManager, 'ironbridge'),
      ],
      values: {
        name: 'Data Centre Network and Connectivity',
        description:
          'Core switching, routing, inter-site links and internet access in both data centres. A supporting ' +
          'service: every hosted service runs over it.',
        owner: people.networkManager,
        lifecycle: 'live',
        criticality: 'critical',
        catalogue: catalogued({
          offerings: 'Shared internet access; dedicated VLANs; private interconnects between LDS1 and RTM1',
          requestTypes: 'New VLAN; firewall-side cross-connect; bandwidth change',
          availabilityHours: allHours,
          targetsOffered: 'Availability 99.99% per month',
          visibility: 'internal',
        }),
      },
    },
    {
      key: 'colocation',
      customers: ['skelbrook'],
      dependsOn: ['network'],
      components: [
        part('LDS1 private suites (power, cooling, space)', 'Facility', people.hostingManager, 'ironbridge'),
        part('RTM1 hall B (power, cooling, space)', 'Facility', people.hostingManager, 'polderpoort'),
      ],
      values: {
        name: 'Colocation Racks',
        description: 'Secure racks with dual power and network for customers who keep their own equipment.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'medium',
        catalogue: catalogued({
          offerings: 'Quarter, half and full racks; 4 kW or 8 kW power; shared or dedicated uplinks',
          requestTypes: 'Site access; cross-connect; power upgrade; equipment delivery',
          availabilityHours: allHours,
          targetsOffered: 'Power availability 99.99% per month; site access within 4 hours',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'identity',
      customers: ['fenwright', 'oostduin', 'calderbrook'],
      dependsOn: ['network'],
      components: [
        part('Directory service', 'Software', people.securityLead),
        part('Multi-factor authentication', 'SaaS', people.securityLead),
        part('Privileged access vault', 'Software', people.securityLead, 'groupSecurity'),
      ],
      values: {
        name: 'Identity and Access Management',
        description:
          'Managed directory, multi-factor authentication, single sign-on and privileged access for customer users ' +
          'and Harbourline engineers.',
        owner: people.securityLead,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings:
            'Managed directory; MFA; single sign-on to SaaS applications; privileged access management',
          requestTypes: 'New user; leaver; access change; MFA reset; new SSO application',
          availabilityHours: allHours,
          targetsOffered: 'Availability 99.9% per month; leaver disabled within 1 hour of request',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'monitoring',
      customers: ['zeelmond', 'calderbrook'],
      dependsOn: ['network'],
      components: [
        part('Hosted monitoring platform', 'SaaS', people.monitoringLead, 'skylantern'),
        part('Event correlation rules', 'Configuration', people.monitoringLead),
        part('Automation runbooks', 'Software', people.monitoringLead, 'groupPlatform'),
        part('Collector appliances LDS1 and RTM1', 'Hardware', people.monitoringLead),
      ],
      values: {
        name: 'Infrastructure Monitoring and Event Management',
        description:
          'Around-the-clock monitoring of customer infrastructure, with events correlated and raised as incidents ' +
          'automatically.',
        owner: people.monitoringLead,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Availability and performance monitoring; log collection; monthly capacity report',
          requestTypes: 'Add monitored device; change threshold; new dashboard',
          availabilityHours: allHours,
          targetsOffered: 'Critical alerts raised as incidents within 5 minutes',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'backup',
      customers: ['marrowby', 'fenwright', 'oostduin', 'groupFinance', 'calderbrook'],
      dependsOn: ['network', 'monitoring'],
      components: [
        part('Backup software cluster', 'Software', people.dataPlatformLead),
        part('Backup appliances LDS1 and RTM1', 'Hardware', people.dataPlatformLead, 'mossgate'),
        part(
          'Off-site copy in cloud object storage',
          'Cloud storage',
          people.dataPlatformLead,
          'stratocirrus',
        ),
        part('Monthly tapes in off-site vault', 'Media', people.dataPlatformLead, 'vaultline'),
      ],
      values: {
        name: 'Backup and Recovery',
        description:
          'Daily backups of servers, databases and productivity suite data, an immutable off-site copy and restores ' +
          'on request.',
        owner: people.dataPlatformLead,
        lifecycle: 'live',
        criticality: 'critical',
        catalogue: catalogued({
          offerings: '30-day daily retention; 12-month monthly retention; 7-year tape retention on request',
          requestTypes: 'File restore; server restore; retention change; restore test',
          availabilityHours: allHours,
          targetsOffered: 'Backup success 99% per month; restore started within 4 hours',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'privateCloud',
      customers: ['calderbrook', 'fenwright', 'zeelmond', 'oostduin', 'groupFinance'],
      dependsOn: ['network', 'identity', 'monitoring', 'backup'],
      components: [
        part('Virtualisation cluster LDS1', 'Cluster', people.hostingManager),
        part('Virtualisation cluster RTM1', 'Cluster', people.hostingManager),
        part('Storage arrays', 'Hardware', people.hostingManager, 'mossgate'),
        part('LDS1 suite power and cooling', 'Facility', people.hostingManager, 'ironbridge'),
      ],
      values: {
        name: 'Managed Private Cloud Hosting',
        description:
          'Dedicated virtual data centres on Harbourline clusters in Leeds and Rotterdam, run and patched by ' +
          'Harbourline up to the operating system.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'critical',
        catalogue: catalogued({
          offerings:
            'Virtual machines in Standard and Resilient tiers; managed operating system; storage by the TB',
          requestTypes: 'New virtual machine; resize; snapshot; decommission',
          availabilityHours: allHours,
          targetsOffered: 'Availability 99.95% (Resilient) or 99.9% (Standard) per month',
          visibility: 'public',
        }),
      },
    },
    {
      key: 'dedicatedServers',
      customers: ['zeelmond', 'calderbrook'],
      dependsOn: ['network', 'monitoring', 'backup'],
      components: [
        part('Dedicated server estate', 'Hardware', people.hostingManager, 'mossgate'),
        part('Out-of-band management network', 'Network', people.networkManager),
      ],
      values: {
        name: 'Managed Dedicated Servers',
        description:
          'Physical servers dedicated to one customer, racked, monitored and maintained by Harbourline.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings:
            'Single servers or clusters; managed operating system; hardware refresh every five years',
          requestTypes: 'New server; hardware upgrade; operating system rebuild',
          availabilityHours: allHours,
          targetsOffered: 'Hardware fault fixed within 8 hours',
          visibility: 'public',
        }),
      },
    },
    {
      key: 'publicCloud',
      customers: ['oostduin', 'lindevelt'],
      dependsOn: ['identity', 'monitoring'],
      components: [
        part('Customer cloud tenancies', 'Cloud platform', people.hostingManager, 'stratocirrus'),
        part('Landing-zone policy templates', 'Configuration', people.hostingManager),
      ],
      values: {
        name: 'Managed Public Cloud',
        description:
          'Landing zones, cost control and operations for customer workloads on the Stratocirrus public cloud.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Landing-zone build; monthly cost review; managed virtual machines and databases',
          requestTypes: 'New environment; budget alert change; access to tenancy',
          availabilityHours: officeHours,
          targetsOffered: 'Cloud platform availability as published by the provider; P1 response 15 minutes',
          visibility: 'public',
        }),
      },
    },
    {
      key: 'database',
      customers: ['zeelmond', 'groupFinance', 'calderbrook'],
      dependsOn: ['privateCloud', 'backup'],
      components: [
        part('Database clusters', 'Software', people.dataPlatformLead),
        part('Database licences', 'Licence', people.dataPlatformLead, 'brackenfold'),
      ],
      values: {
        name: 'Managed Database Service',
        description:
          'Highly available relational database clusters with tuning, patching and point-in-time recovery.',
        owner: people.dataPlatformLead,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Clustered databases; point-in-time recovery for 14 days; quarterly performance review',
          requestTypes: 'New database; schema change window; restore to a point in time',
          availabilityHours: allHours,
          targetsOffered: 'Availability 99.95% per month',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'disasterRecovery',
      customers: ['calderbrook', 'oostduin'],
      dependsOn: ['privateCloud', 'backup', 'network'],
      components: [
        part('Replication between LDS1 and RTM1', 'Software', people.hostingManager),
        part('Recovery capacity at RTM1', 'Facility', people.hostingManager, 'polderpoort'),
      ],
      values: {
        name: 'Disaster Recovery',
        description:
          'Replication of protected systems to the other data centre, with a recovery plan per customer tested ' +
          'twice a year.',
        owner: people.hostingManager,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Recovery time 4 hours; recovery point 15 minutes; two tests a year',
          requestTypes: 'Invoke recovery; schedule test; add system to the plan',
          availabilityHours: allHours,
          targetsOffered: 'Recovery within 4 hours in tests and invocations',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'firewall',
      customers: ['calderbrook', 'fenwright', 'skelbrook', 'zeelmond'],
      dependsOn: ['network', 'monitoring'],
      components: [
        part('Firewall clusters LDS1 and RTM1', 'Hardware', people.securityLead),
        part('Security log analysis', 'Process', people.securityLead, 'groupSecurity'),
      ],
      values: {
        name: 'Managed Firewall and Perimeter Security',
        description:
          'Next-generation firewalls, remote access and web filtering, with rule changes under change control.',
        owner: people.securityLead,
        lifecycle: 'live',
        criticality: 'critical',
        catalogue: catalogued({
          offerings: 'Perimeter firewall; site-to-site VPN; remote access VPN; web filtering',
          requestTypes: 'Firewall rule change; new VPN; remote access user',
          availabilityHours: allHours,
          targetsOffered: 'Standard rule change within 2 working days; availability 99.95% per month',
          visibility: 'customers',
        }),
      },
    },
    {
      key: 'sdWan',
      customers: ['northmoor', 'lindevelt', 'zeelmond', 'skelbrook'],
      dependsOn: ['network', 'monitoring'],
      components: [
        part('SD-WAN orchestrator', 'Software', people.networkManager),
        part('Customer site circuits', 'Circuit', people.networkManager, 'fernwick'),
        part('Edge appliances', 'Hardware', people.networkManager),
      ],
      values: {
        name: 'Managed SD-WAN',
        description:
          'Software-defined wide area network linking customer sites to each other and to the data centres.',
        owner: people.networkManager,
        lifecycle: 'live',
        criticality: 'high',
        catalogue: catalogued({
          offerings: 'Single or dual circuit sites; application-aware routing; monthly usage report',
          requestTypes: 'New site; bandwidth change; policy change',
          availabilityHours: allHours,
          targetsOffered: 'Site availability 99.9% (dual circuit) per month',
          visibility: 'public',
        }),
      },
    },
  ];
}
