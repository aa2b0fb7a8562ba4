import type { SampleCalendar } from './sample-calendar';
import type { SampleSupplier } from './sample-supplier-shape';
import { externalSuppliers } from './sample-suppliers-external';
import { internalSuppliers } from './sample-suppliers-internal';

/**
 * Every kind of supplier (8.3.4): external, internal, and a customer acting as a supplier, with
 * what each provides, its risk, how it was evaluated and its role against the services.
 */
export function sampleSuppliers(calendar: SampleCalendar): SampleSupplier[] {
  return [...externalSuppliers(calendar), ...internalSuppliers(calendar)];
}
