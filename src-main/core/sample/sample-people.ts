/**
 * Harbourline's own people who own services, agreements and actions in the sample. All invented;
 * one name per role so the same person turns up consistently across the registers.
 */
export const people = {
  headOfDelivery: 'Helen Marsh',
  hostingManager: 'Marcus Eddowes',
  serviceDeskManager: 'Joanna Pike',
  workplaceLead: 'Tomasz Wierzbicki',
  networkManager: 'Femi Adeyemi',
  securityLead: 'Ingrid van Daalen',
  serviceLevelManager: 'Claire Thornbury',
  supplierManager: 'Ravi Chandran',
  dataPlatformLead: 'Sanne Kuipers',
  commercialDirector: 'Gareth Lloyd',
  monitoringLead: 'Owen Fairbairn',
  customerSuccessUk: 'Daniel Okafor',
  customerSuccessNl: 'Lotte Brandsma',
} as const;
