import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClausebookError } from '../../../../src-main/api/errors';
import { setAssessment } from '../../../../src-main/core/assessment/assessment-store';
import { libraryIndex } from '../../../../src-main/core/assessment/library-index';
import { insertEngagement } from '../../../../src-main/core/engagement/engagement-store';
import { readBlob } from '../../../../src-main/core/evidence/blob-store';
import { addEvidence } from '../../../../src-main/core/evidence/evidence-store';
import { collectPackData } from '../../../../src-main/core/packs/document/collect-pack-data';
import {
  loadPdfMake,
  type ServerPdfMake,
} from '../../../../src-main/core/packs/document/render/load-pdfmake';
import { writeContext } from '../../../../src-main/core/registers/write-context';
import { Registers } from '../../readiness/registers-builder';
import {
  attachmentsListed,
  expectAbsent,
  LIBRARY,
  NOW,
  pdfText,
  qpdfCheck,
  signer,
  TODAY,
  writePack,
} from './pack-fixtures';

/** Registers of a given size, every part of the pack represented: n services, agreements, targets… */
function registersOfSize(n: number, clientOrganisation = 'Fjordline Hosting AS'): Database.Database {
  const registers = new Registers();
  const db = registers.db;
  insertEngagement(
    db,
    {
      clientOrganisation,
      scopeStatement: '',
      auditType: 'stage1',
      plannedAuditDate: null,
      consultantName: 'Ana Costa',
    },
    NOW,
  );
  const customer = registers.customer({ code: 'CUS-001', satisfaction: ['2026-06-01'] });
  const context = writeContext(db, NOW);
  const index = libraryIndex(LIBRARY);
  for (let i = 1; i <= n; i += 1) {
    const code = String(i).padStart(3, '0');
    const service = registers.service({ code: `SVC-${code}`, customers: [customer] });
    const supplier = registers.supplier({ code: `SUP-${code}`, provides: [service] });
    const agreement = registers.agreement({
      code: `AGR-${code}`,
      type: 'contract',
      supplier,
      services: [service],
    });
    for (const suffix of ['a', 'b']) {
      const target = registers.target({ code: `TGT-${code}${suffix}`, agreement, service });
      registers.measure(
        target,
        Array.from(
          { length: 20 },
          (_, month) =>
            [
              `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`,
              99 + month / 10,
            ] as const,
        ),
      );
    }
    registers.review({ supplier }, '2026-03-01', `REV-${code}`);
    addEvidence(context, {
      fileName: `report ${i}.txt`,
      mediaType: 'text/plain',
      bytes: Buffer.from(`report ${i}`),
      description: '',
      effectiveDate: null,
      links: [{ kind: 'item', libraryId: LIBRARY, itemId: index.items[i]!.item.id }],
    });
    setAssessment(context, index, index.items[i]!.item.id, { status: 'conforming', owner: `Owner ${i}` });
  }
  return db;
}

describe('reading a pack’s data from a workspace', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('takes the same number of queries whatever the size of the registers (no query per record)', async () => {
    const count = async (db: Database.Database) => {
      const prepare = vi.spyOn(db, 'prepare');
      const data = await collectPackData(db, {}, { today: TODAY });
      const calls = prepare.mock.calls.length;
      prepare.mockRestore();
      return { calls, data };
    };
    const small = await count(registersOfSize(2));
    const large = await count(registersOfSize(40));
    expect(large.data.registers.services).toHaveLength(40);
    expect(large.data.evidence).toHaveLength(40);
    expect(large.data.registers.agreements.flatMap((agreement) => agreement.targets)).toHaveLength(80);
    // The targets are judged in slices (see readTargetStandingInSlices) that share at most three
    // shapes of one statement: the first slice, the middle ones and the last.
    expect(large.calls - small.calls).toBeGreaterThanOrEqual(0);
    expect(large.calls - small.calls).toBeLessThanOrEqual(2);
    // About twenty for the pack, one per readiness rule, and a fixed few for the register CSVs.
    expect(small.calls).toBeLessThan(90);
  });

  it('gives each target its last 12 measured periods, oldest first, judged against the target', async () => {
    const data = await collectPackData(registersOfSize(1), {}, { today: TODAY });
    const target = data.registers.agreements[0]!.targets[0]!;
    expect(target.trend).toHaveLength(12);
    expect(target.trend[0]).toEqual({ periodStart: '2025-09-01', value: expect.closeTo(99.8), met: false });
    expect(target.trend.at(-1)).toEqual({
      periodStart: '2026-08-01',
      value: expect.closeTo(100.9),
      met: true,
    });
    expect(target.trend.map((point) => point.periodStart)).toEqual(
      [...target.trend.map((point) => point.periodStart)].sort(),
    );
  });

  it('is plain data that crosses to a worker thread unchanged', async () => {
    const data = await collectPackData(registersOfSize(2), { includeInternalNotes: true }, { today: TODAY });
    expect(structuredClone(data)).toEqual(data);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('refuses options or a date it cannot use, naming the problem', async () => {
    const db = registersOfSize(0);
    const attempt = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        return error as ClausebookError;
      }
      throw new Error('expected a refusal');
    };
    const badClause = await attempt(() => collectPackData(db, { clauses: ['3' as never] }, { today: TODAY }));
    expect(badClause).toBeInstanceOf(ClausebookError);
    expect(badClause.code).toBe('VALIDATION');
    expect(badClause.message).toBe('There is no clause "3" to include; choose clauses 4 to 10.');
    const badDay = await attempt(() => collectPackData(db, {}, { today: '2026-02-30' }));
    expect(badDay.message).toBe('"2026-02-30" is not a date in the form YYYY-MM-DD.');
  });

  it('renders Greek and Cyrillic names and an empty workspace in words, reading nothing but its fonts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-'));
    dirs.push(dir);
    const registers = new Registers();
    insertEngagement(
      registers.db,
      {
        clientOrganisation: 'Ελληνικές Υπηρεσίες Φιλοξενίας ΑΕ',
        scopeStatement: 'Υπηρεσίες φιλοξενίας για πελάτες στην Αθήνα.',
        auditType: 'internal',
        plannedAuditDate: null,
        consultantName: 'Ana Costa',
      },
      NOW,
    );
    registers.supplier({ code: 'SUP-001', name: 'ООО «Северный Хостинг»' });
    // pdfmake's settings are shared by everything on the thread: a render sets its own every time.
    const pdfmake = (await loadPdfMake()) as ServerPdfMake & {
      urlAccessPolicy?: (url: string) => boolean;
      localAccessPolicy?: (file: string) => boolean;
    };
    pdfmake.setUrlAccessPolicy(() => true);
    pdfmake.setLocalAccessPolicy(() => true);
    const file = path.join(dir, 'greek.pdf');
    await writePack(registers.db, file, { clauses: ['9'] }, 'PK-TEST-0003', {
      signer: { ...signer, name: 'Мария Иванова' },
      readEvidence: async () => {
        throw new Error('no evidence to read');
      },
    });
    expect(pdfmake.urlAccessPolicy?.('https://fonts.example/font.ttf')).toBe(false);
    expect(pdfmake.localAccessPolicy?.('/etc/passwd')).toBe(false);
    expect(pdfmake.localAccessPolicy?.(path.resolve('assets/fonts/pdf/DejaVuSans.ttf'))).toBe(false);
    const text = pdfText(file);
    for (const expected of [
      'Ελληνικές Υπηρεσίες Φιλοξενίας ΑΕ',
      'Υπηρεσίες φιλοξενίας για πελάτες στην Αθήνα.',
      'ООО «Северный Хостинг»',
      'Мария Иванова',
      'No findings recorded.',
      'No services recorded.',
      'No customers recorded.',
      'No agreements recorded.',
      'No evidence files recorded.',
      '9.1 Monitoring, measurement, analysis and evaluation',
    ]) {
      expect(text).toContain(expected);
    }
    expectAbsent(text, '8 Operation of the service management system');
    expect([...attachmentsListed(file)].sort()).toEqual([
      'agreements.csv',
      'clausebook-manifest.json',
      'customers.csv',
      'reviews.csv',
      'services.csv',
      'suppliers.csv',
      'targets.csv',
    ]);
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('refuses to put evidence into a pack when its content does not match its fingerprint', async () => {
    const db = registersOfSize(1);
    const dir = mkdtempSync(path.join(tmpdir(), 'clausebook-pack-'));
    dirs.push(dir);
    const render = writePack(db, path.join(dir, 'mismatch.pdf'), {}, 'PK-TEST-0004', {
      readEvidence: async (sha256) => Buffer.concat([readBlob(db, sha256, 'evidence'), Buffer.from('!')]),
    });
    await expect(render).rejects.toMatchObject({
      code: 'WORKSPACE_CORRUPT',
      message: expect.stringContaining('EVD-001 (report 1.txt) does not match its SHA-256 fingerprint'),
    });
  });
});
