import type Database from 'better-sqlite3';
import type { EventLoopSlicer } from '../../../../shared/event-loop-slicer';
import type { PackRegisterCounts, PackRegisters, PackReviewSchedule } from '../pack-data';
import { collectAgreements, collectEndingAgreements, collectMissedTargets } from './agreement-performance';
import { collectCustomers, collectServices, collectSuppliers } from './party-registers';
import { collectRegisterFiles } from './register-files';
import { EXCEPTION_PRINT_LIMIT, REGISTER_PRINT_LIMIT } from '../register-limits';
import { collectReviewSchedule } from './review-schedule';

/**
 * The register extracts of a pack, read so that their cost follows what is printed: a register
 * within REGISTER_PRINT_LIMIT rows is read whole, a longer one only for its count and exceptions
 * (agreements ending, targets missed in their latest period, reviews overdue), and the trends of
 * targets are read only for the targets printed. Every register is also read as its CSV export.
 * `slicer` checkpoints come between the registers and within the long reads.
 */
export async function collectRegisters(
  db: Database.Database,
  today: string,
  slicer: EventLoopSlicer,
): Promise<PackRegisters> {
  const counts = countRegisters(db);
  const fits = (rows: number) => rows <= REGISTER_PRINT_LIMIT;
  const schedule = collectReviewSchedule(db);
  counts.reviewSchedule = schedule.length;
  const printedInFull = {
    services: fits(counts.services),
    customers: fits(counts.customers),
    suppliers: fits(counts.suppliers),
    // The agreements table has a row for each agreement and one for each of its targets.
    agreements: fits(counts.agreements + counts.targets),
    reviewSchedule: fits(schedule.length),
  };
  const overdue = printedInFull.reviewSchedule ? [] : schedule.filter((entry) => isOverdue(entry, today));
  await slicer.checkpoint();
  const services = printedInFull.services ? collectServices(db) : [];
  const customers = printedInFull.customers ? collectCustomers(db) : [];
  const suppliers = printedInFull.suppliers ? collectSuppliers(db) : [];
  const agreements = printedInFull.agreements ? collectAgreements(db) : [];
  await slicer.checkpoint();
  const endingAgreements = printedInFull.agreements
    ? { rows: [], total: 0 }
    : collectEndingAgreements(db, today, EXCEPTION_PRINT_LIMIT);
  await slicer.checkpoint();
  const missedTargets = printedInFull.agreements
    ? { rows: [], total: 0 }
    : await collectMissedTargets(db, EXCEPTION_PRINT_LIMIT, slicer);
  return {
    services,
    customers,
    suppliers,
    agreements,
    reviewSchedule: printedInFull.reviewSchedule ? schedule : [],
    counts,
    printedInFull,
    exceptions: {
      endingAgreements,
      missedTargets,
      overdueReviews: { rows: overdue.slice(0, EXCEPTION_PRINT_LIMIT), total: overdue.length },
    },
    files: await collectRegisterFiles(db, slicer),
  };
}

/** A review none is planned for, or whose due date has passed. */
function isOverdue(entry: PackReviewSchedule, today: string): boolean {
  return entry.reviewDue === null || entry.reviewDue < today;
}

function countRegisters(db: Database.Database): PackRegisterCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM service) AS services, (SELECT count(*) FROM customer) AS customers,
         (SELECT count(*) FROM supplier) AS suppliers, (SELECT count(*) FROM agreement) AS agreements,
         (SELECT count(*) FROM target) AS targets, 0 AS reviewSchedule`,
    )
    .get() as PackRegisterCounts;
}
