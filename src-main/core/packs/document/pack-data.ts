import type { AssessmentStatus, StatusCounts } from '../../../api/schemas/assessment';
import type { AuditType } from '../../../api/schemas/engagement';
import type { FindingStatus, FindingType } from '../../../api/schemas/findings';
import type { ReadinessFinding } from '../../../api/schemas/readiness';
import type { RecordRegisterName } from '../../../api/schemas/registers/record-api';
import type { AgreementValues } from '../../../api/schemas/registers/agreement';
import type { CustomerValues } from '../../../api/schemas/registers/customer';
import type { ServiceValues } from '../../../api/schemas/registers/service';
import type { SupplierValues } from '../../../api/schemas/registers/supplier';
import type { Comparison, TargetValues } from '../../../api/schemas/registers/target';
import type { PackOptions } from './pack-options';

/**
 * Everything a pack shows, read from the workspace in one go. Plain data only (strings, numbers,
 * booleans, null, arrays and plain objects; dates as YYYY-MM-DD or ISO text) so that it can be
 * handed to a worker thread by structured clone, or written out as JSON, unchanged.
 */
export interface PackData {
  /** The day registers and reviews are judged on (YYYY-MM-DD). */
  today: string;
  options: PackOptions;
  engagement: PackEngagement;
  library: PackLibrary;
  /** The included top-level clauses, each with its sub-clauses and requirement items. */
  clauses: PackClause[];
  /** Counts by status for each included top-level clause, and over all of them. */
  progress: { clauses: PackClauseProgress[]; overall: PackClauseProgress };
  findings: PackFinding[];
  /** Open findings of the pack (those of the included clauses) by type. */
  openFindingsByType: Record<FindingType, number>;
  readiness: PackReadiness;
  registers: PackRegisters;
  /** Every evidence file the pack carries (or lists), by code: the manifest. */
  evidence: PackEvidenceFile[];
  /** Head of the workspace's hash-chained change log when the data was read. */
  changeLog: { entries: number; headHash: string | null };
}

export interface PackEngagement {
  clientOrganisation: string;
  scopeStatement: string;
  auditType: AuditType;
  plannedAuditDate: string | null;
  consultantName: string;
}

export interface PackLibrary {
  id: string;
  title: string;
  version: string;
  /** e.g. ISO/IEC 20000-1:2018 */
  standard: string;
}

/** A register record as the pack names it. */
export interface PackRecordLabel {
  register: RecordRegisterName;
  code: string;
  name: string;
  /** A review's date (YYYY-MM-DD), which together with its subject is its name; null otherwise. */
  date: string | null;
}

export interface PackEvidenceFile {
  code: string;
  fileName: string;
  mediaType: string;
  description: string;
  effectiveDate: string | null;
  sizeBytes: number;
  sha256: string;
  /** When the file was added to the workspace (ISO time). */
  addedAt: string;
  /** Its unique name among the pack's attachments: the code and the file name made safe to save. */
  attachmentName: string;
}

export interface PackClause {
  number: string;
  title: string;
  items: PackItem[];
  clauses: PackClause[];
}

export interface PackFindingSummary {
  code: string;
  type: FindingType;
  title: string;
  status: FindingStatus;
}

export interface PackItem {
  id: string;
  summary: string;
  status: AssessmentStatus;
  clientNotes: string;
  /** Null unless the consultant chose to include internal notes. */
  internalNotes: string | null;
  owner: string;
  dueDate: string | null;
  interviewees: string[];
  /** The agreement that controls the party operating this item (8.2.3). */
  operatedBy: PackRecordLabel | null;
  evidence: PackEvidenceFile[];
  citedRecords: PackRecordLabel[];
  findings: PackFindingSummary[];
}

export interface PackClauseProgress {
  number: string;
  title: string;
  total: number;
  counts: StatusCounts;
}

export interface PackFinding extends PackFindingSummary {
  description: string;
  raisedOn: string;
  items: { id: string; summary: string }[];
  records: PackRecordLabel[];
  correctiveAction: {
    description: string;
    owner: string;
    dueDate: string | null;
    status: 'not_started' | 'in_progress' | 'implemented' | 'verified';
    closureEvidence: PackEvidenceFile[];
  };
}

export interface PackReadiness {
  /** How many rules ran over the registers. */
  rulesRun: number;
  /**
   * The results that concern the included clauses, in clause order, major first: the first
   * EXCEPTION_PRINT_LIMIT of them (a large workspace can have thousands).
   */
  findings: ReadinessFinding[];
  /** How many results there are in all. */
  total: number;
  /** How many results each rule gave, in the order of the results. */
  byRule: PackReadinessRuleCount[];
}

export interface PackReadinessRuleCount {
  ruleId: string;
  clause: string;
  title: string;
  severity: ReadinessFinding['severity'];
  count: number;
}

/**
 * The register extracts the pack prints. A register of up to REGISTER_PRINT_LIMIT rows is printed
 * whole; a longer one is printed as its count and the exceptions an auditor samples (agreements
 * ending, targets missed in their latest period, reviews overdue), and every register is attached
 * in full as a CSV file, so the printed pages stay bounded whatever the size of the workspace.
 */
export interface PackRegisters {
  /** Every service while the catalogue is printed whole; none otherwise. */
  services: PackService[];
  /** Every customer while the register is printed whole; none otherwise. */
  customers: PackCustomer[];
  /** Every supplier while the register is printed whole; none otherwise. */
  suppliers: PackSupplier[];
  /** Every agreement with its targets and trends while they are printed whole; none otherwise. */
  agreements: PackAgreement[];
  /** The whole review schedule while it is printed whole; none otherwise. */
  reviewSchedule: PackReviewSchedule[];
  /** How many records each register holds (the review schedule: agreements in force and suppliers). */
  counts: PackRegisterCounts;
  /** Which registers are printed whole; the others are printed as their count and exceptions. */
  printedInFull: Record<PrintedRegister, boolean>;
  /** What the pack prints of a register too long to print whole (empty lists for the others). */
  exceptions: PackRegisterExceptions;
  /** Each register in full, as the CSV `clausebook export` writes, attached to the pack. */
  files: PackRegisterFile[];
}

export type PrintedRegister = 'services' | 'customers' | 'suppliers' | 'agreements' | 'reviewSchedule';

export interface PackRegisterCounts {
  services: number;
  customers: number;
  suppliers: number;
  agreements: number;
  targets: number;
  reviewSchedule: number;
}

/** The first rows of a list of exceptions, and how many there are in all. */
export interface PackCapped<T> {
  rows: T[];
  total: number;
}

export interface PackRegisterExceptions {
  /** Agreements in force whose end date has passed or falls within the coming days, soonest first. */
  endingAgreements: PackCapped<PackEndingAgreement>;
  /** Targets whose latest measured period missed them, by code, each with its trend. */
  missedTargets: PackCapped<PackMissedTarget>;
  /** Reviews with none planned or past their due date, in the order the schedule lists them. */
  overdueReviews: PackCapped<PackReviewSchedule>;
}

export type PackEndingAgreement = Omit<PackAgreement, 'targets'>;

export interface PackMissedTarget extends PackTarget {
  /** The agreement that makes the promise. */
  agreement: { code: string; title: string };
}

/** A register attached to the pack as a CSV file. */
export interface PackRegisterFile {
  /** The register's name as `clausebook export` takes it (services, targets…). */
  register: string;
  /** The attachment's name in the pack, e.g. "agreements.csv". */
  attachmentName: string;
  /** Records in the file (lines after the header). */
  rowCount: number;
  /** The file's content as text (UTF-8 with a byte order mark once encoded), as plain data. */
  csv: string;
}

export interface PackService {
  code: string;
  name: string;
  description: string;
  owner: string;
  lifecycle: ServiceValues['lifecycle'];
  criticality: ServiceValues['criticality'];
  /** The catalogue entry (8.2.4), or null for a service not in the catalogue. */
  catalogue: {
    visibility: ServiceValues['catalogue']['visibility'];
    offerings: string;
    requestTypes: string;
    availabilityHours: string;
    targetsOffered: string;
  } | null;
  /** Names of the customers the service is delivered to. */
  customers: string[];
}

export interface PackCustomer {
  code: string;
  name: string;
  kind: CustomerValues['kind'];
  relationshipManager: string;
  serviceCount: number;
  latestSatisfaction: { score: number; measuredOn: string } | null;
  openComplaints: number;
}

export interface PackSupplier {
  code: string;
  name: string;
  kind: SupplierValues['kind'];
  riskRating: SupplierValues['riskRating'];
  providesProcesses: string;
  /** Names of the services the supplier supports. */
  services: string[];
}

export interface PackAgreement {
  code: string;
  title: string;
  type: AgreementValues['type'];
  status: AgreementValues['status'];
  /** The customer (SLA) or supplier (OLA, contract) on the other side. */
  counterparty: { code: string; name: string } | null;
  startDate: string | null;
  endDate: string | null;
  targets: PackTarget[];
}

export interface PackMeasurement {
  periodStart: string;
  value: number;
  /** Null when the target cannot be judged (no comparison or threshold). */
  met: boolean | null;
}

export interface PackTarget {
  code: string;
  name: string;
  serviceName: string | null;
  metric: TargetValues['metric'];
  comparison: Comparison | null;
  threshold: number | null;
  unit: string;
  period: TargetValues['period'];
  /** Up to the last 12 measured periods, oldest first; the last is the latest. */
  trend: PackMeasurement[];
}

export interface PackReviewSchedule {
  subject: 'agreement' | 'supplier';
  code: string;
  name: string;
  cadenceMonths: number | null;
  /** The later of the date on the record and its latest review record. */
  lastReviewed: string | null;
  /** The next review date on the record, or the last review plus the cadence. */
  reviewDue: string | null;
}
