import type Database from 'better-sqlite3';
import { agreementInput } from '../../api/schemas/registers/agreement';
import { customerInput, type CustomerValues } from '../../api/schemas/registers/customer';
import { measurementInput } from '../../api/schemas/registers/measurement';
import { reviewInput } from '../../api/schemas/registers/review';
import { serviceInput } from '../../api/schemas/registers/service';
import { supplierInput, type SupplierInput } from '../../api/schemas/registers/supplier';
import { targetInput } from '../../api/schemas/registers/target';
import { recordMeasurement } from '../registers/measurement-store';
import { createRecordIn, updateRecordIn } from '../registers/records';
import type { RecordRegister } from '../registers/specs';
import { writeContext } from '../registers/write-context';
import { sampleAgreements } from './sample-agreements';
import { populateSampleChecklist } from './populate-sample-checklist';
import { SampleCalendar } from './sample-calendar';
import { sampleCustomers } from './sample-customers';
import type { AgreementKey, CustomerKey, ServiceKey, SupplierKey } from './sample-keys';
import { measuredPeriodStarts, plannedMeasurements } from './sample-performance';
import {
  agreementReviewSchedule,
  supplierReviewSchedule,
  type ReviewSchedule,
} from './sample-review-schedule';
import { sampleReviews } from './sample-reviews';
import { sampleServices } from './sample-services';
import { sampleSuppliers } from './sample-suppliers';
import type { SampleSupplier } from './sample-supplier-shape';
import { sampleTargets } from './sample-targets';
import { SAMPLE_SEED, seededRandom } from './seeded-random';

/** Record ids by the sample's local keys; a key used before its record exists is a bug in the sample. */
class Ids<K extends string> {
  readonly #ids = new Map<K, string>();
  constructor(readonly register: string) {}

  set(key: K, id: string): void {
    this.#ids.set(key, id);
  }

  of(key: K): string {
    const id = this.#ids.get(key);
    if (id === undefined) throw new Error(`The sample names ${this.register} "${key}" before creating it.`);
    return id;
  }

  ofOptional(key: K | undefined): string | null {
    return key === undefined ? null : this.of(key);
  }
}

function reviewDates(calendar: SampleCalendar, schedule: ReviewSchedule | null) {
  return {
    reviewCadenceMonths: schedule?.cadenceMonths ?? null,
    lastReviewDate: schedule ? calendar.day(schedule.last) : null,
    nextReviewDate: schedule ? calendar.day(schedule.next) : null,
  };
}

/**
 * Fills a new workspace with the sample registers through the same core functions the app uses,
 * so the change log, the search index and every integrity rule see the sample as they would see a
 * consultant's typing. Values pass through the API's input schemas first, which fill defaults and
 * prove the sample's data valid. Everything is derived from `now` and a fixed seed.
 */
export function populateSample(db: Database.Database, now: Date): void {
  const context = writeContext(db, now);
  const calendar = new SampleCalendar(now);
  const random = seededRandom(SAMPLE_SEED);
  const customerIds = new Ids<CustomerKey>('customer');
  const supplierIds = new Ids<SupplierKey>('supplier');
  const serviceIds = new Ids<ServiceKey>('service');
  const agreementIds = new Ids<AgreementKey>('agreement');
  const create = (register: RecordRegister, values: object) => createRecordIn(context, register, values).id;

  const surveysByCustomer = new Map<CustomerKey, CustomerValues['satisfaction']>();
  for (const customer of sampleCustomers(calendar)) {
    const values = customerInput.parse(customer.values);
    surveysByCustomer.set(customer.key, values.satisfaction);
    customerIds.set(customer.key, create('customers', values));
  }

  // Suppliers come before services, whose components name the suppliers that operate them; the
  // services a supplier provides are linked once the services exist.
  const suppliers = sampleSuppliers(calendar);
  const supplierValues = (supplier: SampleSupplier, linked: boolean): SupplierInput => ({
    ...supplier.values,
    ...reviewDates(calendar, supplierReviewSchedule[supplier.key]),
    customerId: customerIds.ofOptional(supplier.customer),
    providesServiceIds: linked ? supplier.provides.map((key) => serviceIds.of(key)) : [],
    raci: linked
      ? supplier.raci.map(({ service, activity, role }) => ({
          serviceId: serviceIds.of(service),
          activity,
          role,
        }))
      : [],
  });
  for (const supplier of suppliers) {
    supplierIds.set(supplier.key, create('suppliers', supplierInput.parse(supplierValues(supplier, false))));
  }

  for (const service of sampleServices()) {
    const values = serviceInput.parse({
      ...service.values,
      customerIds: service.customers.map((key) => customerIds.of(key)),
      dependsOnIds: service.dependsOn.map((key) => serviceIds.of(key)),
      components: service.components.map(({ operatedBy, ...component }) => ({
        ...component,
        operatedBySupplierId: supplierIds.ofOptional(operatedBy),
      })),
    });
    serviceIds.set(service.key, create('services', values));
  }

  for (const supplier of suppliers) {
    updateRecordIn(
      context,
      'suppliers',
      supplierIds.of(supplier.key),
      supplierInput.parse(supplierValues(supplier, true)),
    );
  }

  const terms = new Map<AgreementKey, { startDate: string | null; endDate: string | null }>();
  for (const agreement of sampleAgreements(calendar)) {
    const values = agreementInput.parse({
      ...agreement.values,
      ...reviewDates(calendar, agreementReviewSchedule[agreement.key]),
      customerId: customerIds.ofOptional(agreement.customer),
      supplierId: supplierIds.ofOptional(agreement.supplier),
      serviceIds: agreement.services.map((key) => serviceIds.of(key)),
    });
    terms.set(agreement.key, values);
    agreementIds.set(agreement.key, create('agreements', values));
  }

  for (const target of sampleTargets()) {
    const values = targetInput.parse({
      ...target.values,
      agreementId: agreementIds.of(target.agreement),
      serviceId: serviceIds.ofOptional(target.service),
    });
    const targetId = create('targets', values);
    if (values.period === null) continue;
    const periods = measuredPeriodStarts(calendar, values.period, terms.get(target.agreement)!);
    const surveys =
      target.performance.kind === 'surveys' ? surveysByCustomer.get(target.performance.customer) : undefined;
    for (const measurement of plannedMeasurements(target.performance, periods, random, surveys)) {
      recordMeasurement(context, measurementInput.parse({ targetId, ...measurement }));
    }
  }

  for (const review of sampleReviews(calendar)) {
    const subject =
      'agreement' in review.subject
        ? { subject: 'agreement', agreementId: agreementIds.of(review.subject.agreement) }
        : { subject: 'supplier', supplierId: supplierIds.of(review.subject.supplier) };
    create('reviews', reviewInput.parse({ ...review.values, ...subject }));
  }

  populateSampleChecklist(context, calendar, {
    agreement: (key) => agreementIds.of(key),
    supplier: (key) => supplierIds.of(key),
  });
}
