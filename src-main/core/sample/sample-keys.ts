/**
 * The sample's records by a stable local name. Records point at each other by these names in the
 * sample's data files, so a mistyped reference fails to compile instead of failing at run time;
 * the populate step turns them into the record ids the core assigns.
 */
export const customerKeys = [
  'calderbrook',
  'northmoor',
  'lindevelt',
  'marrowby',
  'fenwright',
  'zeelmond',
  'larchmere',
  'skelbrook',
  'oostduin',
  'holmewater',
  'professionalServices',
  'groupFinance',
] as const;

export const supplierKeys = [
  'ironbridge',
  'polderpoort',
  'stratocirrus',
  'fernwick',
  'mossgate',
  'brackenfold',
  'vaultline',
  'kittiwake',
  'skylantern',
  'groupSecurity',
  'groupFacilities',
  'groupPlatform',
  'larchmereTechnicians',
] as const;

export const serviceKeys = [
  'network',
  'colocation',
  'identity',
  'monitoring',
  'backup',
  'privateCloud',
  'dedicatedServers',
  'publicCloud',
  'database',
  'disasterRecovery',
  'firewall',
  'sdWan',
  'patching',
  'serviceDesk',
  'workplace',
  'deviceLifecycle',
  'productivitySuite',
  'licensing',
  'remoteHands',
  'certificates',
  'reportingPortal',
  'detectionResponse',
  'containerPlatform',
  'legacyMail',
] as const;

export const agreementKeys = [
  'slaCalderbrook',
  'slaNorthmoor',
  'slaLindevelt',
  'slaMarrowby',
  'slaFenwright',
  'slaZeelmond',
  'slaLarchmere',
  'slaSkelbrook',
  'slaOostduin',
  'slaHolmewater',
  'slaGroupFinance',
  'mouProfessionalServices',
  'olaGroupSecurity',
  'olaGroupFacilities',
  'olaLarchmere',
  'contractIronbridge',
  'contractPolderpoort',
  'contractStratocirrus',
  'contractFernwick',
  'contractMossgate',
  'contractBrackenfold',
  'contractVaultline',
  'contractKittiwake',
  'contractSkylantern',
  'slrDetectionResponse',
] as const;

export type CustomerKey = (typeof customerKeys)[number];
export type SupplierKey = (typeof supplierKeys)[number];
export type ServiceKey = (typeof serviceKeys)[number];
export type AgreementKey = (typeof agreementKeys)[number];
