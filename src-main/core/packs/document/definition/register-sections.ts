import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import { daysBetween } from '../../../readiness/calendar-days';
import type {
  PackCapped,
  PackCustomer,
  PackData,
  PackReviewSchedule,
  PackService,
  PackSupplier,
} from '../pack-data';
import { ENDING_WITHIN_DAYS, REGISTER_PRINT_LIMIT } from '../register-limits';
import { agreementPerformance, endingAgreementsTable, missedTargetsTable } from './agreements-table';
import { aside, dataTableNode, emptyState, joined, sectionHeading, sectionId } from './blocks';
import { formatCount, formatDate, plural } from './format';
import { criticalities, customerKinds, lifecycles, riskRatings, supplierKinds, visibilities } from './labels';
import { colour, severityColour, size } from './theme';

/** How soon a review counts as due soon in the schedule. */
const DUE_SOON_DAYS = 30;

/**
 * Extracts of the registers an auditor samples for clause 8: the service catalogue (8.2.4),
 * customers (8.3.2), the supplier register (8.3.4), agreements with their service level targets
 * and performance (8.3.3) and the review schedule of agreements and suppliers. A register longer
 * than REGISTER_PRINT_LIMIT rows is printed as its count and its exceptions, capped in turn; each
 * register is attached whole as CSV.
 */
export function registerSections(data: PackData): Content[] {
  const { registers } = data;
  const { counts, printedInFull, exceptions } = registers;
  const fileNames = registers.files.map((file) => file.attachmentName);
  return [
    sectionHeading('Register extracts', sectionId('registers')),
    {
      text: 'The registers the organisation keeps for its services, customers, suppliers and agreements, as they stood when this pack was made.',
      style: 'lead',
    },
    ...(fileNames.length === 0
      ? []
      : [
          {
            text: [
              'Every register is also attached to this signed pack in full as a CSV file (',
              ...fileNames.flatMap((name, index) => [
                ...(index === 0 ? [] : [', ']),
                { text: name, bold: true },
              ]),
              '), in the columns “clausebook import” reads; the manifest records each file’s SHA-256. A register longer than ',
              formatCount(REGISTER_PRINT_LIMIT),
              ' rows is printed as its count and the exceptions an auditor samples.',
            ],
            fontSize: size.small,
            color: colour.muted,
            margin: [0, 0, 0, 4],
          } satisfies ContentText,
        ]),
    subheading('Service catalogue', '8.2.4'),
    !printedInFull.services
      ? summarised(counts.services, 'service', 'services.csv')
      : registers.services.length === 0
        ? emptyState('No services recorded.')
        : servicesTable(registers.services),
    subheading('Customers', '8.3.2'),
    !printedInFull.customers
      ? summarised(counts.customers, 'customer', 'customers.csv')
      : registers.customers.length === 0
        ? emptyState('No customers recorded.')
        : customersTable(registers.customers),
    subheading('Supplier register', '8.3.4'),
    !printedInFull.suppliers
      ? summarised(counts.suppliers, 'supplier', 'suppliers.csv')
      : registers.suppliers.length === 0
        ? emptyState('No suppliers recorded.')
        : suppliersTable(registers.suppliers),
    subheading('Agreements and service level performance', '8.3.3'),
    ...(printedInFull.agreements
      ? agreementPerformance(registers.agreements)
      : [
          summarised(
            counts.agreements,
            'agreement',
            'agreements.csv',
            ` with ${plural(counts.targets, 'service level target')} (every target is in “targets.csv”)`,
          ),
          exceptionHeading(
            `Agreements in force that have ended or end within ${ENDING_WITHIN_DAYS} days`,
            exceptions.endingAgreements.total,
          ),
          exceptions.endingAgreements.total === 0
            ? emptyState('None: no agreement in force has ended or ends within that time.')
            : endingAgreementsTable(exceptions.endingAgreements.rows, data.today),
          ...more(exceptions.endingAgreements, 'all in the attached agreements.csv (end date column)'),
          exceptionHeading('Targets missed in their latest measured period', exceptions.missedTargets.total),
          ...(exceptions.missedTargets.total === 0
            ? [emptyState('None: every measured target met its latest period.')]
            : missedTargetsTable(exceptions.missedTargets.rows)),
          ...more(
            exceptions.missedTargets,
            'every target is in the attached targets.csv, and “clausebook export measurements” gives every measured period',
          ),
        ]),
    subheading('Review schedule', '8.3.3, 8.3.4'),
    ...(printedInFull.reviewSchedule
      ? [
          registers.reviewSchedule.length === 0
            ? emptyState('No agreements in force and no suppliers to review.')
            : reviewScheduleTable(registers.reviewSchedule, data.today),
        ]
      : [
          {
            text: `${plural(counts.reviewSchedule, 'agreement in force or supplier', 'agreements in force and suppliers')} ${counts.reviewSchedule === 1 ? 'is' : 'are'} reviewed on a schedule: too many to print usefully. The review dates of each are in the attached agreements.csv and suppliers.csv, and the reviews held in reviews.csv.`,
            margin: [0, 0, 0, 4],
          } satisfies ContentText,
          exceptionHeading('Reviews overdue or never planned', exceptions.overdueReviews.total),
          exceptions.overdueReviews.total === 0
            ? emptyState('None: every review is planned and none is overdue.')
            : reviewScheduleTable(exceptions.overdueReviews.rows, data.today),
          ...more(exceptions.overdueReviews, 'all in the attached agreements.csv and suppliers.csv'),
        ]),
  ];
}

/** What stands for a register too long to print: its count, and where the whole of it is. */
function summarised(count: number, noun: string, fileName: string, detail = ''): ContentText {
  return {
    text: [
      `The register holds ${plural(count, noun)}${detail}: more than the ${formatCount(REGISTER_PRINT_LIMIT)} rows printed in full. The complete register is attached as `,
      { text: fileName, bold: true },
      ' inside this signed pack.',
    ],
    margin: [0, 0, 0, 4],
  };
}

function exceptionHeading(title: string, total: number): ContentText {
  return {
    text: [title, { text: `   ${formatCount(total)}`, color: colour.muted, bold: false }],
    style: 'h3',
  };
}

/** The line under a list cut at EXCEPTION_PRINT_LIMIT rows: how many are left out, and where they are. */
function more<T>(list: PackCapped<T>, where: string): ContentText[] {
  const left = list.total - list.rows.length;
  if (left <= 0) return [];
  return [
    {
      text: `… and ${formatCount(left)} more, ${where}.`,
      italics: true,
      color: colour.muted,
      margin: [0, 4, 0, 0],
    },
  ];
}

function customersTable(customers: readonly PackCustomer[]): Content {
  return dataTableNode(
    [
      { header: 'Code', width: 44 },
      { header: 'Customer', width: '*' },
      { header: 'Kind', width: 50 },
      { header: 'Relationship manager', width: 96 },
      { header: 'Services', width: 40, alignment: 'right' },
      { header: 'Latest satisfaction', width: 70 },
      { header: 'Open complaints', width: 48, alignment: 'right' },
    ],
    customers.map((customer) => [
      customer.code,
      { text: customer.name, bold: true },
      customerKinds.labels[customer.kind],
      customer.relationshipManager === '' ? missing('None named') : customer.relationshipManager,
      { text: formatCount(customer.serviceCount), alignment: 'right' },
      customer.latestSatisfaction === null
        ? missing('Not measured')
        : {
            stack: [
              String(customer.latestSatisfaction.score),
              aside(formatDate(customer.latestSatisfaction.measuredOn)),
            ],
          },
      { text: formatCount(customer.openComplaints), alignment: 'right' },
    ]),
  );
}

function suppliersTable(suppliers: readonly PackSupplier[]): Content {
  return dataTableNode(
    [
      { header: 'Code', width: 44 },
      { header: 'Supplier', width: '*' },
      { header: 'Kind', width: 84 },
      { header: 'Risk', width: 40 },
      { header: 'Services supported', width: 130 },
    ],
    suppliers.map((supplier) => [
      supplier.code,
      {
        stack: [
          { text: supplier.name, bold: true },
          ...(supplier.providesProcesses === '' ? [] : [aside(supplier.providesProcesses)]),
        ],
      },
      supplierKinds.labels[supplier.kind],
      riskRatings.labels[supplier.riskRating],
      supplier.services.length === 0 ? missing('None recorded') : supplier.services.join(', '),
    ]),
  );
}

function subheading(title: string, clause: string): ContentText {
  return {
    text: [title, { text: `   ${clause}`, color: colour.faint, bold: false, fontSize: size.small }],
    style: 'h2',
    margin: [0, 16, 0, 6],
  };
}

function missing(text: string): ContentText {
  return { text, italics: true, color: colour.muted };
}

function servicesTable(services: readonly PackService[]): Content {
  return dataTableNode(
    [
      { header: 'Code', width: 44 },
      { header: 'Service', width: '*' },
      { header: 'Owner', width: 70 },
      { header: 'Lifecycle', width: 56 },
      { header: 'In the catalogue', width: 130 },
    ],
    services.map((service): TableCell[] => [
      service.code,
      {
        stack: [
          { text: service.name, bold: true },
          ...(service.description === '' ? [] : [aside(service.description)]),
          ...(service.customers.length === 0 ? [] : [aside(`Customers: ${service.customers.join(', ')}`)]),
        ],
      },
      service.owner === '' ? missing('None named') : service.owner,
      {
        stack: [
          lifecycles.labels[service.lifecycle],
          aside(`${criticalities.labels[service.criticality]} criticality`),
        ],
      },
      service.catalogue === null
        ? missing('Not in the catalogue')
        : {
            stack: [
              `Visible to: ${visibilities.labels[service.catalogue.visibility].toLowerCase()}`,
              ...[
                joined([
                  service.catalogue.availabilityHours && `Hours: ${service.catalogue.availabilityHours}`,
                ]),
                joined([service.catalogue.targetsOffered && `Targets: ${service.catalogue.targetsOffered}`]),
              ]
                .filter((line) => line !== '')
                .map(aside),
            ],
          },
    ]),
  );
}

function reviewScheduleTable(schedule: readonly PackReviewSchedule[], today: string): Content {
  return dataTableNode(
    [
      { header: 'Agreement or supplier', width: '*' },
      { header: 'Cadence', width: 56 },
      { header: 'Last reviewed', width: 64 },
      { header: 'Next due', width: 64 },
      { header: 'State', width: 92 },
    ],
    schedule.map((entry) => [
      {
        stack: [
          { text: [{ text: `${entry.code} `, bold: true }, entry.name] },
          aside(entry.subject === 'agreement' ? 'Agreement' : 'Supplier'),
        ],
      },
      entry.cadenceMonths === null ? missing('None set') : `Every ${formatCount(entry.cadenceMonths)} mo.`,
      formatDate(entry.lastReviewed, 'Never'),
      formatDate(entry.reviewDue, 'Not planned'),
      reviewState(entry, today),
    ]),
  );
}

function reviewState(entry: PackReviewSchedule, today: string): ContentText {
  if (entry.reviewDue === null) return { text: 'No review planned', color: severityColour.minor, bold: true };
  const days = daysBetween(today, entry.reviewDue);
  if (days < 0) {
    return {
      text: `Overdue by ${formatCount(-days)} ${-days === 1 ? 'day' : 'days'}`,
      color: severityColour.major,
      bold: true,
    };
  }
  if (days <= DUE_SOON_DAYS) return { text: days === 0 ? 'Due today' : `Due in ${days} days`, bold: true };
  return { text: 'Planned', color: colour.muted };
}
