import type Database from 'better-sqlite3';
import { ClausebookError } from '../../../api/errors';
import { assessmentStatuses, type StatusCounts } from '../../../api/schemas/assessment';
import { DEFAULT_CLAUSE_LIBRARY_ID } from '../../../api/schemas/clause-library';
import { findingTypes } from '../../../api/schemas/findings';
import type { ReadinessFinding } from '../../../api/schemas/readiness';
import { clauseProgress } from '../../assessment/clause-progress';
import { libraryIndex } from '../../assessment/library-index';
import { readEngagement } from '../../engagement/engagement-store';
import { isCalendarDate } from '../../readiness/calendar-days';
import { EventLoopSlicer } from '../../../shared/event-loop-slicer';
import type {
  PackClause,
  PackClauseProgress,
  PackData,
  PackEvidenceFile,
  PackFindingSummary,
  PackItem,
  PackReadinessRuleCount,
} from './pack-data';
import { parsePackOptions, type PackOptionsInput } from './pack-options';
import { changeLogHead } from './collect/change-log-head';
import { collectClauses } from './collect/clause-items';
import { isEvidenceInPack, readEvidenceLibrary } from './collect/evidence-library';
import { pushTo } from './collect/group';
import { collectFindings } from './collect/pack-findings';
import { collectRegisters } from './collect/register-extracts';
import { runReadinessInSlices } from '../../readiness/run-readiness-in-slices';
import { EXCEPTION_PRINT_LIMIT } from './register-limits';

/**
 * Reads everything a pack shows from an open workspace, inside one read transaction so that every
 * part describes the same moment. The number of queries is fixed (about twenty plus one per
 * readiness rule) whatever the size of the registers: each table is read once and grouped in
 * memory, so 5,000 services or a million measurements cost rows, not round trips. A register too
 * long to print is read for its count and exceptions only (see register-extracts.ts), and every
 * register as the CSV the pack attaches. Evidence content is not read here; the renderer fetches
 * each file by its SHA-256 when it embeds it.
 *
 * `today` (YYYY-MM-DD) is the day the readiness checks and the review schedule are judged on.
 *
 * A large workspace takes over a second to read, so the work is done in slices of about 30 ms that
 * yield to the event loop between them (see EventLoopSlicer): the app's main process stays
 * responsive. The API queue runs calls one at a time, so a caller that awaits this inside a call
 * keeps every other call, and so every edit, out until the data is complete.
 */
export async function collectPackData(
  db: Database.Database,
  optionsInput: PackOptionsInput | undefined,
  { today }: { today: string },
  slicer: EventLoopSlicer = new EventLoopSlicer(),
): Promise<PackData> {
  const options = parsePackOptions(optionsInput);
  if (!isCalendarDate(today)) {
    throw new ClausebookError('VALIDATION', `"${today}" is not a date in the form YYYY-MM-DD.`);
  }
  const index = libraryIndex(DEFAULT_CLAUSE_LIBRARY_ID);
  const included = new Set<string>(options.clauses);
  const topLevel = (clauseNumber: string) => clauseNumber.split('.')[0] ?? clauseNumber;
  const itemIncluded = (itemId: string) => {
    const found = index.byId.get(itemId);
    return found !== undefined && included.has(topLevel(found.clause.number));
  };

  // A transaction wrapper cannot span awaits, so the read transaction is begun and ended here.
  const ownTransaction = !db.inTransaction;
  if (ownTransaction) db.exec('BEGIN');
  try {
    const engagement = readEngagement(db);
    const evidenceLibrary = readEvidenceLibrary(db, index);
    await slicer.checkpoint();
    const { findings, included: findingIncluded } = collectFindings(db, index, itemIncluded, evidenceLibrary);
    await slicer.checkpoint();

    const evidence: PackEvidenceFile[] = [];
    const evidenceOf = new Map<string, PackEvidenceFile[]>();
    for (const entry of evidenceLibrary.values()) {
      if (!isEvidenceInPack(entry, itemIncluded, (id) => findingIncluded.has(id))) continue;
      evidence.push(entry.file);
      for (const itemId of entry.itemIds) pushTo(evidenceOf, itemId, entry.file);
    }
    const findingsOf = new Map<string, PackFindingSummary[]>();
    for (const { finding } of findings) {
      const { code, type, title, status } = finding;
      for (const item of finding.items) pushTo(findingsOf, item.id, { code, type, title, status });
    }

    const clauses = collectClauses(db, index, options.clauses, options.includeInternalNotes, {
      evidenceOf,
      findingsOf,
    });
    const statusOf = new Map<string, PackItem['status']>();
    for (const item of itemsIn(clauses)) statusOf.set(item.id, item.status);
    // Items of excluded clauses are simply not counted: only the included top-level clauses are kept.
    const progress = clauseProgress(index, (itemId) => ({
      status: statusOf.get(itemId) ?? 'not_assessed',
      weakEvidence: false,
    }));
    const topClauses = progress.clauses
      .filter((clause) => clause.depth === 0 && included.has(clause.number))
      .map(({ number, title, total, counts }) => ({ number, title, total, counts }));

    const openFindingsByType = Object.fromEntries(
      findingTypes.map((type) => [type, 0]),
    ) as PackData['openFindingsByType'];
    for (const { finding } of findings) if (finding.status === 'open') openFindingsByType[finding.type] += 1;

    await slicer.checkpoint();
    const readiness = await runReadinessInSlices(db, today, slicer);
    const registers = await collectRegisters(db, today, slicer);
    const readinessFindings = readiness.findings.filter((finding) => included.has(topLevel(finding.clause)));
    return {
      today,
      options,
      engagement: {
        clientOrganisation: engagement.clientOrganisation,
        scopeStatement: engagement.scopeStatement,
        auditType: engagement.auditType,
        plannedAuditDate: engagement.plannedAuditDate,
        consultantName: engagement.consultantName,
      },
      library: {
        id: index.library.id,
        title: index.library.title,
        version: index.library.version,
        standard: `${index.library.standard.name}:${index.library.standard.edition}`,
      },
      clauses,
      progress: { clauses: topClauses, overall: sumOf(topClauses) },
      findings: findings.map(({ finding }) => finding),
      openFindingsByType,
      readiness: {
        rulesRun: readiness.rules.filter((rule) => included.has(topLevel(rule.clause))).length,
        findings: readinessFindings.slice(0, EXCEPTION_PRINT_LIMIT),
        total: readinessFindings.length,
        byRule: countByRule(readinessFindings),
      },
      registers,
      evidence,
      changeLog: changeLogHead(db),
    };
  } finally {
    // COMMIT even on failure: nothing here writes, and a write that came in between two slices
    // from outside the API queue (an earlier export recording itself in the history) must stand.
    if (ownTransaction && db.inTransaction) db.exec('COMMIT');
  }
}

/** How many results each rule gave, in the order the results come in. */
function countByRule(findings: readonly ReadinessFinding[]): PackReadinessRuleCount[] {
  const counts = new Map<string, PackReadinessRuleCount>();
  for (const { ruleId, clause, title, severity } of findings) {
    const entry = counts.get(ruleId);
    if (entry) entry.count += 1;
    else counts.set(ruleId, { ruleId, clause, title, severity, count: 1 });
  }
  return [...counts.values()];
}

function* itemsIn(clauses: readonly PackClause[]): Generator<PackItem> {
  for (const clause of clauses) {
    yield* clause.items;
    yield* itemsIn(clause.clauses);
  }
}

function sumOf(clauses: readonly PackClauseProgress[]): PackClauseProgress {
  const counts = Object.fromEntries(assessmentStatuses.map((status) => [status, 0])) as StatusCounts;
  for (const clause of clauses)
    for (const status of assessmentStatuses) counts[status] += clause.counts[status];
  return {
    number: '',
    title: 'All included clauses',
    total: clauses.reduce((sum, clause) => sum + clause.total, 0),
    counts,
  };
}
