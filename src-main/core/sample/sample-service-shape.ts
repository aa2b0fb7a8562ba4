import type { ServiceInput } from '../../api/schemas/registers/service';
import type { CustomerKey, ServiceKey, SupplierKey } from './sample-keys';

export interface SampleComponent {
  name: string;
  type: string;
  owner: string;
  /** 8.2.3: the supplier that operates this part, when another party does. */
  operatedBy?: SupplierKey;
}

export interface SampleService {
  key: ServiceKey;
  customers: CustomerKey[];
  /** Services listed earlier in the portfolio; the populate step creates them in this order. */
  dependsOn: ServiceKey[];
  components: SampleComponent[];
  values: Omit<ServiceInput, 'customerIds' | 'dependsOnIds' | 'components'>;
}

type Catalogue = NonNullable<ServiceInput['catalogue']>;

/** A supporting component or CI of a service, and who operates it when Harbourline does not. */
export function part(name: string, type: string, owner: string, operatedBy?: SupplierKey): SampleComponent {
  return operatedBy ? { name, type, owner, operatedBy } : { name, type, owner };
}

/** The customer-facing catalogue entry of a live service (8.2.4). */
export function catalogued(entry: Omit<Catalogue, 'inCatalogue'>): Catalogue {
  return { inCatalogue: true, ...entry };
}

export const officeHours = 'Monday to Friday 08:00–18:00 UK time, excluding public holidays';
export const allHours = '24×7, 365 days a year';
