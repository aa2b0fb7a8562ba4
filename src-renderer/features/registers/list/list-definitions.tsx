import type {
  AgreementRow,
  CustomerRow,
  ReviewRow,
  ServiceRow,
  SupplierRow,
  TargetRow,
} from '../../../../src-main/api/schemas/registers/lists';
import { StatusChips } from '../../../shared/components/StatusChip';
import { formatMonth, formatShortDate } from '../../../shared/format/calendar-date';
import { formatNumber, formatWithUnit } from '../../../shared/format/number';
import {
  agreementStatusLabels,
  agreementTypeLabels,
  comparisonSymbols,
  criticalityLabels,
  customerKindLabels,
  labelOf,
  lifecycleLabels,
  metricLabels,
  optionsOf,
  periodLabels,
  reviewSubjectLabels,
  riskRatingLabels,
  supplierKindLabels,
  targetMetricsShort,
} from '../model/enum-labels';
import type { RegisterId } from '../model/registers';
import {
  agreementChips,
  customerChips,
  reviewChips,
  serviceChips,
  supplierChips,
  targetChips,
} from '../model/status-chips';
import type { ListDefinition } from './list-definition';

function Missing() {
  return (
    <span className="cell-missing" aria-label="None">
      —
    </span>
  );
}

function DateText({ date }: { date: string | null }) {
  return date ? <>{formatShortDate(date)}</> : <Missing />;
}

function Text({ value }: { value: string }) {
  return value ? <>{value}</> : <Missing />;
}

export function targetText(row: {
  comparison: string | null;
  threshold: number | null;
  unit: string;
}): string | null {
  if (row.comparison === null || row.threshold === null) return null;
  return `${labelOf(comparisonSymbols, row.comparison)} ${formatWithUnit(row.threshold, row.unit)}`;
}

const services: ListDefinition<ServiceRow> = {
  register: 'services',
  linkColumn: 'name',
  linkText: (row) => row.name,
  searchPlaceholder: 'Search code, name or description',
  empty:
    'Add the services in scope of the service management system, with owners and the customers each is for (8.2).',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    { id: 'name', header: 'Name', sortKey: 'name' },
    { id: 'owner', header: 'Owner', width: 150, sortKey: 'owner', cell: (row) => <Text value={row.owner} /> },
    {
      id: 'lifecycle',
      header: 'Lifecycle',
      width: 96,
      sortKey: 'lifecycle',
      cell: (row) => labelOf(lifecycleLabels, row.lifecycle),
    },
    {
      id: 'criticality',
      header: 'Criticality',
      width: 100,
      sortKey: 'criticality',
      cell: (row) => labelOf(criticalityLabels, row.criticality),
    },
    {
      id: 'agreements',
      header: 'Agreements',
      width: 104,
      sortKey: 'agreements',
      numeric: true,
      cell: (row) => row.agreementCount,
    },
    { id: 'status', header: 'Status', width: 170, cell: (row) => <StatusChips chips={serviceChips(row)} /> },
  ],
  filters: [
    {
      key: 'lifecycle',
      kind: 'select',
      label: 'Lifecycle',
      anyLabel: 'Any lifecycle',
      options: optionsOf(lifecycleLabels),
    },
    {
      key: 'criticality',
      kind: 'select',
      label: 'Criticality',
      anyLabel: 'Any criticality',
      options: optionsOf(criticalityLabels),
    },
    { key: 'inCatalogue', kind: 'flag', label: 'In catalogue' },
    { key: 'withoutAgreement', kind: 'flag', label: 'Without agreement' },
  ],
};

const customers: ListDefinition<CustomerRow> = {
  register: 'customers',
  linkColumn: 'name',
  linkText: (row) => row.name,
  searchPlaceholder: 'Search code, name or description',
  empty: 'Add the external and internal customers the services are delivered to (8.3.2).',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    { id: 'name', header: 'Name', sortKey: 'name' },
    {
      id: 'kind',
      header: 'Kind',
      width: 96,
      sortKey: 'kind',
      cell: (row) => labelOf(customerKindLabels, row.kind),
    },
    {
      id: 'manager',
      header: 'Relationship manager',
      width: 180,
      sortKey: 'relationshipManager',
      cell: (row) => <Text value={row.relationshipManager} />,
    },
    { id: 'services', header: 'Services', width: 84, numeric: true, cell: (row) => row.serviceCount },
    {
      id: 'satisfaction',
      header: 'Satisfaction',
      width: 104,
      numeric: true,
      cell: (row) => (row.latestSatisfaction === null ? <Missing /> : formatNumber(row.latestSatisfaction)),
    },
    {
      id: 'status',
      header: 'Status',
      width: 160,
      sortKey: 'openComplaints',
      cell: (row) => <StatusChips chips={customerChips(row)} />,
    },
  ],
  filters: [
    {
      key: 'kind',
      kind: 'select',
      label: 'Kind',
      anyLabel: 'Any kind',
      options: optionsOf(customerKindLabels),
    },
    { key: 'withoutSla', kind: 'flag', label: 'Without SLA' },
  ],
};

const suppliers: ListDefinition<SupplierRow> = {
  register: 'suppliers',
  linkColumn: 'name',
  linkText: (row) => row.name,
  searchPlaceholder: 'Search code, name or description',
  empty:
    'Add the external suppliers, internal suppliers and customers acting as suppliers that take part in delivering the services (8.3.4).',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    { id: 'name', header: 'Name', sortKey: 'name' },
    {
      id: 'kind',
      header: 'Kind',
      width: 180,
      sortKey: 'kind',
      cell: (row) => labelOf(supplierKindLabels, row.kind),
    },
    {
      id: 'risk',
      header: 'Risk',
      width: 84,
      sortKey: 'riskRating',
      cell: (row) => labelOf(riskRatingLabels, row.riskRating),
    },
    {
      id: 'nextReview',
      header: 'Next review',
      width: 124,
      sortKey: 'nextReviewDate',
      cell: (row) => <DateText date={row.nextReviewDate} />,
    },
    {
      id: 'agreements',
      header: 'Agreements',
      width: 104,
      numeric: true,
      cell: (row) => row.agreementCount,
    },
    { id: 'status', header: 'Status', width: 150, cell: (row) => <StatusChips chips={supplierChips(row)} /> },
  ],
  filters: [
    {
      key: 'kind',
      kind: 'select',
      label: 'Kind',
      anyLabel: 'Any kind',
      options: optionsOf(supplierKindLabels),
    },
    {
      key: 'riskRating',
      kind: 'select',
      label: 'Risk',
      anyLabel: 'Any risk',
      options: optionsOf(riskRatingLabels),
    },
    { key: 'reviewOverdue', kind: 'flag', label: 'Review overdue' },
  ],
};

const agreements: ListDefinition<AgreementRow> = {
  register: 'agreements',
  linkColumn: 'title',
  linkText: (row) => row.title,
  searchPlaceholder: 'Search code, title, description or owner',
  empty:
    'Add the SLAs with customers, the OLAs with internal suppliers and the contracts with external suppliers (8.3.3, 8.3.4).',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    { id: 'title', header: 'Title', sortKey: 'title' },
    {
      id: 'type',
      header: 'Type',
      width: 84,
      sortKey: 'type',
      cell: (row) => labelOf(agreementTypeLabels, row.type),
    },
    {
      id: 'counterparty',
      header: 'With',
      width: 170,
      sortKey: 'counterparty',
      cell: (row) => (row.counterparty ? row.counterparty : <Missing />),
    },
    {
      id: 'status',
      header: 'Status',
      width: 92,
      sortKey: 'status',
      cell: (row) => labelOf(agreementStatusLabels, row.status),
    },
    {
      id: 'ends',
      header: 'Ends',
      width: 112,
      sortKey: 'endDate',
      cell: (row) => <DateText date={row.endDate} />,
    },
    {
      id: 'flags',
      header: 'Attention',
      width: 176,
      cell: (row) => <StatusChips chips={agreementChips(row)} />,
    },
  ],
  filters: [
    {
      key: 'type',
      kind: 'select',
      label: 'Type',
      anyLabel: 'Any type',
      options: optionsOf(agreementTypeLabels),
    },
    {
      key: 'status',
      kind: 'select',
      label: 'Status',
      anyLabel: 'Any status',
      options: optionsOf(agreementStatusLabels),
    },
    { key: 'endingSoon', kind: 'flag', label: 'Ending within 60 days' },
    { key: 'reviewOverdue', kind: 'flag', label: 'Review overdue' },
  ],
};

const targets: ListDefinition<TargetRow> = {
  register: 'targets',
  linkColumn: 'name',
  linkText: (row) => row.name,
  searchPlaceholder: 'Search code or name',
  empty:
    'Add service level targets to an agreement, then record the performance measured against each (8.3.3).',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    { id: 'name', header: 'Name', sortKey: 'name' },
    {
      id: 'agreement',
      header: 'Agreement',
      width: 104,
      sortKey: 'agreement',
      cell: (row) => row.agreementCode,
    },
    {
      id: 'metric',
      header: 'Metric',
      width: 120,
      sortKey: 'metric',
      cell: (row) => labelOf(targetMetricsShort, row.metric),
    },
    {
      id: 'target',
      header: 'Target',
      width: 116,
      cell: (row) => {
        const text = targetText(row);
        if (!text) return <Missing />;
        const period = row.period ? labelOf(periodLabels, row.period).toLowerCase() : '';
        return <span title={period ? `${text}, ${period}` : text}>{text}</span>;
      },
    },
    {
      id: 'latest',
      header: 'Latest',
      width: 120,
      sortKey: 'latestPeriod',
      numeric: true,
      cell: (row) => {
        if (row.latestValue === null) return <Missing />;
        const value = formatWithUnit(row.latestValue, row.unit);
        return (
          <span title={row.latestPeriod ? `${value} in ${formatMonth(row.latestPeriod)}` : value}>
            {value}
          </span>
        );
      },
    },
    { id: 'status', header: 'Status', width: 150, cell: (row) => <StatusChips chips={targetChips(row)} /> },
  ],
  filters: [
    {
      key: 'metric',
      kind: 'select',
      label: 'Metric',
      anyLabel: 'Any metric',
      options: optionsOf(metricLabels),
    },
    { key: 'breached', kind: 'flag', label: 'Breached' },
    { key: 'unmeasurable', kind: 'flag', label: 'Not measurable' },
  ],
};

const reviews: ListDefinition<ReviewRow> = {
  register: 'reviews',
  linkColumn: 'subject',
  linkText: (row) => row.subjectName,
  searchPlaceholder: 'Search code, date, participants or outcome',
  empty: 'Record the agreement reviews and supplier performance reviews held, with the actions they agreed.',
  columns: [
    { id: 'code', header: 'Code', width: 108, sortKey: 'code', cell: (row) => row.code },
    {
      id: 'date',
      header: 'Date',
      width: 116,
      sortKey: 'reviewDate',
      cell: (row) => formatShortDate(row.reviewDate),
    },
    { id: 'subject', header: 'Reviewed', sortKey: 'subject' },
    {
      id: 'kind',
      header: 'Kind',
      width: 96,
      cell: (row) => (row.subject === 'supplier' ? 'Supplier' : 'Agreement'),
    },
    { id: 'outcome', header: 'Outcome', width: 220, cell: (row) => <Text value={row.outcome} /> },
    { id: 'actions', header: 'Open actions', width: 112, numeric: true, cell: (row) => row.openActions },
    { id: 'status', header: 'Status', width: 150, cell: (row) => <StatusChips chips={reviewChips(row)} /> },
  ],
  filters: [
    {
      key: 'subject',
      kind: 'select',
      label: 'Kind',
      anyLabel: 'Any kind',
      options: optionsOf(reviewSubjectLabels),
    },
    { key: 'overdueActions', kind: 'flag', label: 'Actions overdue' },
  ],
};

export const listDefinitions = {
  services,
  customers,
  suppliers,
  agreements,
  targets,
  reviews,
} satisfies Record<RegisterId, unknown>;
