import type { Content, ContentText, TableCell } from 'pdfmake/interfaces';
import { daysBetween } from '../../../readiness/calendar-days';
import type { PackData, PackReviewSchedule, PackService } from '../pack-data';
import { agreementPerformance } from './agreements-table';
import { aside, dataTableNode, emptyState, joined, sectionHeading, sectionId } from './blocks';
import { formatCount, formatDate } from './format';
import { criticalities, customerKinds, lifecycles, riskRatings, supplierKinds, visibilities } from './labels';
import { colour, severityColour, size } from './theme';

/** How soon a review counts as due soon in the schedule. */
const DUE_SOON_DAYS = 30;

/**
 * Extracts of the registers an auditor samples for clause 8: the service catalogue (8.2.4),
 * customers (8.3.2), the supplier register (8.3.4), agreements with their service level targets
 * and performance (8.3.3) and the review schedule of agreements and suppliers.
 */
export function registerSections(data: PackData): Content[] {
  const { registers } = data;
  return [
    sectionHeading('Register extracts', sectionId('registers')),
    {
      text: 'The registers the organisation keeps for its services, customers, suppliers and agreements, as they stood when this pack was made.',
      style: 'lead',
    },
    subheading('Service catalogue', '8.2.4'),
    registers.services.length === 0 ? emptyState('No services recorded.') : servicesTable(registers.services),
    subheading('Customers', '8.3.2'),
    registers.customers.length === 0
      ? emptyState('No customers recorded.')
      : dataTableNode(
          [
            { header: 'Code', width: 44 },
            { header: 'Customer', width: '*' },
            { header: 'Kind', width: 50 },
            { header: 'Relationship manager', width: 96 },
            { header: 'Services', width: 40, alignment: 'right' },
            { header: 'Latest satisfaction', width: 70 },
            { header: 'Open complaints', width: 48, alignment: 'right' },
          ],
          registers.customers.map((customer) => [
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
        ),
    subheading('Supplier register', '8.3.4'),
    registers.suppliers.length === 0
      ? emptyState('No suppliers recorded.')
      : dataTableNode(
          [
            { header: 'Code', width: 44 },
            { header: 'Supplier', width: '*' },
            { header: 'Kind', width: 84 },
            { header: 'Risk', width: 40 },
            { header: 'Services supported', width: 130 },
          ],
          registers.suppliers.map((supplier) => [
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
        ),
    subheading('Agreements and service level performance', '8.3.3'),
    ...agreementPerformance(registers.agreements),
    subheading('Review schedule', '8.3.3, 8.3.4'),
    registers.reviewSchedule.length === 0
      ? emptyState('No agreements in force and no suppliers to review.')
      : reviewScheduleTable(registers.reviewSchedule, data.today),
  ];
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
