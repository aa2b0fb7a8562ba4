import { endUserServices } from './sample-services-end-user';
import { infrastructureServices } from './sample-services-infrastructure';
import type { SampleService } from './sample-service-shape';

/**
 * Harbourline's service portfolio (8.2), foundations first: a service depends only on services
 * listed before it, so they can be created in this order. Twenty-one are live and in the
 * catalogue, two are in the pipeline and one has been retired.
 */
export function sampleServices(): SampleService[] {
  return [...infrastructureServices(), ...endUserServices()];
}
