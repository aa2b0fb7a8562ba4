import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEngagement } from '../../../../src-main/core/engagement/engagement-store';
import { exportRegister } from '../../../../src-main/core/import-export/export/export-register';
import { collectPackData } from '../../../../src-main/core/packs/document/collect-pack-data';
import type { PackData } from '../../../../src-main/core/packs/document/pack-data';
import {
  EXCEPTION_PRINT_LIMIT,
  REGISTER_PRINT_LIMIT,
} from '../../../../src-main/core/packs/document/register-limits';
import { renderPackDocument } from '../../../../src-main/core/packs/document/render-pack';
import { manifestBytes } from '../../../../src-main/core/packs/document/render/pack-manifest-of';
import { registerAttachments } from '../../../../src-main/core/packs/document/render/register-attachments';
import { buildSignedPack } from '../../../../src-main/core/packs/export/build-signed-pack';
import { writePackFile } from '../../../../src-main/core/packs/export/write-pack-file';
import { MANIFEST_ATTACHMENT_NAME } from '../../../../src-main/core/packs/pack-manifest';
import { extractEmbeddedFile } from '../../../../src-main/core/packs/verify/embedded-files';
import { verifyPackFile } from '../../../../src-main/core/packs/verify/verify-pack';
import { makeTestIdentity, type TestIdentity } from '../../../helpers/packs/test-identity';
import { testPackRequest } from '../../../helpers/packs/test-pack';
import { Registers } from '../../readiness/registers-builder';
import { attachmentsListed, expectAbsent, NOW, pdfText, TODAY } from './pack-fixtures';

/** More agreements (each with one target) than a register extract prints whole. */
const AGREEMENTS = 320;
/** Targets whose latest period missed: more than an exception list prints. */
const MISSED = 250;

const code = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;

/**
 * A workspace whose services, agreements and review schedule are all longer than the print limit,
 * with known exceptions: two agreements in force ended or ending within 60 days (and one expired
 * long ago, which is not an exception), 250 targets that missed their latest period, and five
 * agreements whose review is overdue.
 */
function largeRegisters(): Registers {
  const registers = new Registers();
  insertEngagement(
    registers.db,
    {
      clientOrganisation: 'Harbourline Managed Services',
      scopeStatement: '',
      auditType: 'stage2',
      plannedAuditDate: null,
      consultantName: 'Jane Doe',
    },
    NOW,
  );
  const customer = registers.customer({ code: 'CUS-0001' });
  registers.service({ code: 'SVC-0000', name: '=HYPERLINK("http://example.com")' });
  for (let i = 1; i <= AGREEMENTS; i += 1) {
    const service = registers.service({ code: code('SVC', i) });
    const agreement = registers.agreement({
      code: code('AGR', i),
      title: `Hosting agreement ${i}`,
      type: 'sla',
      customer,
      services: [service],
      ...(i === 2 ? { end: '2026-11-01' } : {}),
      ...(i === 3 ? { end: '2026-12-15' } : {}),
      ...(i === 4 ? { end: '2027-06-01' } : {}),
      ...(i === 6 ? { end: '2025-01-31', status: 'expired' as const } : {}),
      ...(i >= 10 && i < 15 ? { nextReview: '2026-06-01' } : {}),
    });
    const target = registers.target({ code: code('TGT', i), agreement, service });
    registers.measure(target, [
      ['2026-08-01', 99.95],
      ['2026-09-01', 99.2],
      ['2026-10-01', i <= MISSED ? 98.5 : 99.95],
    ]);
  }
  return registers;
}

describe('a pack of a workspace whose registers are longer than the print limit', () => {
  let dir: string;
  let registers: Registers;
  let identity: TestIdentity;
  let data: PackData;
  let file: string;
  let text: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'clausebook-registers-'));
    registers = largeRegisters();
    identity = makeTestIdentity(new Date('2026-01-01T00:00:00Z'));
    data = await collectPackData(registers.db, { clauses: ['8'] }, { today: TODAY });
    file = path.join(dir, 'pack.pdf');
    await buildSignedPack(
      testPackRequest(identity, file, data),
      () => undefined,
      () => {
        throw new Error('the pack has no evidence to read');
      },
    );
    text = pdfText(file);
  });
  afterAll(() => {
    registers.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the counts and the exceptions, not the whole registers', () => {
    const { registers: extract } = data;
    expect(extract.counts).toMatchObject({
      services: AGREEMENTS + 1,
      agreements: AGREEMENTS,
      targets: AGREEMENTS,
    });
    expect(extract.printedInFull).toEqual({
      services: false,
      customers: true,
      suppliers: true,
      agreements: false,
      reviewSchedule: false,
    });
    expect(extract.services).toEqual([]);
    expect(extract.agreements).toEqual([]);
    expect(extract.reviewSchedule).toEqual([]);
    expect(extract.exceptions.endingAgreements.rows.map((agreement) => agreement.code)).toEqual([
      'AGR-0002',
      'AGR-0003',
    ]);
    const missed = extract.exceptions.missedTargets;
    expect(missed.total).toBe(MISSED);
    expect(missed.rows).toHaveLength(EXCEPTION_PRINT_LIMIT);
    expect(missed.rows[0]).toMatchObject({ code: 'TGT-0001', agreement: { code: 'AGR-0001' } });
    expect(missed.rows[0]!.trend.map((point) => point.met)).toEqual([true, false, false]);
    expect(extract.exceptions.overdueReviews.rows.map((review) => review.code)).toEqual([
      'AGR-0010',
      'AGR-0011',
      'AGR-0012',
      'AGR-0013',
      'AGR-0014',
    ]);
  });

  it('prints each long register as its count, its exceptions and where the whole of it is', () => {
    expect(REGISTER_PRINT_LIMIT).toBeLessThan(AGREEMENTS);
    for (const expected of [
      `The register holds ${AGREEMENTS + 1} services`,
      'The complete register is attached as services.csv inside this signed pack.',
      `The register holds ${AGREEMENTS} agreements with ${AGREEMENTS} service level targets`,
      'agreements.csv inside this signed pack',
      'Agreements in force that have ended or end within 60 days 2',
      'AGR-0002 Hosting agreement 2',
      'Ended 21 days ago',
      'AGR-0003 Hosting agreement 3',
      'Ends in 23 days',
      `Targets missed in their latest measured period ${MISSED}`,
      'TGT-0001 Target TGT-0001',
      `… and ${MISSED - EXCEPTION_PRINT_LIMIT} more`,
      'Reviews overdue or never planned 5',
      'AGR-0014 Hosting agreement 14',
    ]) {
      expect(text).toContain(expected);
    }
    // The customer register is short: printed whole, as before.
    expect(text).toContain('CUS-0001');
    // Agreements with nothing to report, and targets past the cap, are only in the CSV files.
    expectAbsent(text, 'Hosting agreement 300');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    // Printed whole, the services, agreements, targets and schedule would take many more pages.
    expect(pages).toBeLessThan(45);
  });

  it('attaches every register in full as the CSV `clausebook export` writes, and lists it in the manifest', async () => {
    expect([...attachmentsListed(file)].sort()).toEqual(
      [
        'agreements.csv',
        MANIFEST_ATTACHMENT_NAME,
        'customers.csv',
        'reviews.csv',
        'services.csv',
        'suppliers.csv',
        'targets.csv',
      ].sort(),
    );
    const pdf = readFileSync(file);
    const manifest = JSON.parse(extractEmbeddedFile(pdf, MANIFEST_ATTACHMENT_NAME).toString('utf8')) as {
      registers: { attachmentName: string; rowCount: number }[];
    };
    for (const register of ['services', 'agreements', 'targets', 'customers'] as const) {
      const attached = extractEmbeddedFile(pdf, `${register}.csv`);
      const exported = await exportRegister(registers.db, register, 'csv', NOW);
      expect(attached).toEqual(Buffer.from(exported.bytes));
      // One line per record after the header, ended by CRLF.
      const records = attached.toString('utf8').split('\r\n').length - 2;
      expect(records).toBe(exported.rowCount);
      expect(manifest.registers.find((entry) => entry.attachmentName === `${register}.csv`)?.rowCount).toBe(
        records,
      );
    }
    expect(manifest.registers.find((entry) => entry.attachmentName === 'agreements.csv')?.rowCount).toBe(
      AGREEMENTS,
    );
    // A formula in a register value is written as text, as the export writes it.
    expect(extractEmbeddedFile(pdf, 'services.csv').toString('utf8')).toContain(`'=HYPERLINK(`);
  });

  it('verifies, and names a register file that differs from the signed manifest', async () => {
    const report = verifyPackFile(file);
    expect(report.valid).toBe(true);
    expect(report.checks.at(-1)?.message).toBe(
      'The pack lists no evidence files. The 6 register files (CSV) match their fingerprints too.',
    );

    // The same pack with a changed agreements.csv, signed over as a whole: only the manifest check
    // can tell.
    const tampered = path.join(dir, 'tampered.pdf');
    const request = testPackRequest(identity, tampered, data);
    const { pdf, manifest } = await renderPackDocument({ ...request, onProgress: () => undefined });
    const generatedAt = new Date(request.generatedAt);
    const attachments = registerAttachments(data, generatedAt).map((attachment) =>
      attachment.name === 'agreements.csv'
        ? {
            ...attachment,
            read: () =>
              Buffer.from(
                data.registers.files
                  .find((entry) => entry.attachmentName === 'agreements.csv')!
                  .csv.replace('Hosting agreement 2,', 'Hosting agreement 2 (renewed),'),
                'utf8',
              ),
          }
        : attachment,
    );
    await writePackFile({
      outputPath: tampered,
      document: pdf,
      attachments: [
        ...attachments,
        {
          name: MANIFEST_ATTACHMENT_NAME,
          description: 'Manifest',
          mediaType: 'application/json',
          created: generatedAt,
          modified: generatedAt,
          contentKey: 'manifest',
          read: () => manifestBytes(manifest),
        },
      ],
      signing: {
        privateKey: request.signing.privateKey,
        certificateDer: Buffer.from(request.signing.certificateDer),
        chainDer: request.signing.chainDer.map((der) => Buffer.from(der)),
      },
      signature: { signingTime: generatedAt, signerName: request.signer.name, reason: 'Test' },
      onProgress: () => undefined,
    });
    const changed = verifyPackFile(tampered);
    expect(changed.valid).toBe(false);
    expect(changed.checks.filter((check) => !check.ok).map((check) => check.id)).toEqual(['evidence-files']);
    expect(changed.checks.at(-1)?.message).toBe(
      '1 of 6 register files do not match the signed manifest: "agreements.csv".',
    );
    expect(changed.files.find((entry) => entry.attachmentName === 'agreements.csv')?.problem).toMatch(
      /it was changed/,
    );

    // Editing the attached file in a signed pack breaks the signature as well.
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Hosting agreement 300');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'J'.charCodeAt(0);
    const edited = path.join(dir, 'edited.pdf');
    writeFileSync(edited, bytes);
    expect(verifyPackFile(edited).valid).toBe(false);
  });
});
