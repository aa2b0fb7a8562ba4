import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../src-main/api/contract';
import { verdictSentence } from '../../../src-renderer/features/packs/check-words';
import {
  advanceProgress,
  initialProgress,
  type ExportProgress,
} from '../../../src-renderer/features/packs/export-progress';
import { checkCreateIdentity, issuesByField } from '../../../src-renderer/features/packs/identity-form';
import {
  clauseSummary,
  fingerprintLines,
  packsFolderName,
  validityChip,
} from '../../../src-renderer/features/packs/pack-format';

type Report = MethodOutput<'packs.verify'>['report'];

const fingerprint = Array.from({ length: 32 }, (_, index) =>
  index.toString(16).toUpperCase().padStart(2, '0'),
).join(':');

describe('pack formatting', () => {
  it('shows a fingerprint as four lines of eight pairs, keeping every pair in order', () => {
    const lines = fingerprintLines(fingerprint);
    expect(lines).toEqual([
      '00 01 02 03 04 05 06 07',
      '08 09 0A 0B 0C 0D 0E 0F',
      '10 11 12 13 14 15 16 17',
      '18 19 1A 1B 1C 1D 1E 1F',
    ]);
    expect(lines.join(' ').replaceAll(' ', ':')).toBe(fingerprint);
  });

  it('says where a certificate stands on a given day', () => {
    const certificate = { notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2026-12-31T00:00:00.000Z' };
    const at = (iso: string) => validityChip(certificate, Date.parse(iso));
    expect(at('2025-12-31T23:00:00Z')).toEqual({ label: 'Not valid yet', tone: 'warning' });
    expect(at('2026-03-01T00:00:00Z')).toEqual({ label: 'Valid', tone: 'success' });
    expect(at('2026-12-01T00:00:00Z')).toEqual({ label: 'Expires in 30 days', tone: 'warning' });
    expect(at('2026-12-30T00:00:00Z')).toEqual({ label: 'Expires in 1 day', tone: 'warning' });
    expect(at('2026-12-30T12:00:00Z')).toEqual({ label: 'Expires today', tone: 'warning' });
    expect(at('2027-01-01T00:00:00Z')).toEqual({ label: 'Expired', tone: 'danger' });
  });

  it('names the packs folder after the workspace file and summarises the clauses chosen', () => {
    expect(packsFolderName('Harbourline.clausebook')).toBe('Harbourline packs');
    expect(clauseSummary(['4', '8'])).toBe('4, 8');
    expect(clauseSummary(['4', '5', '6', '7', '8', '9', '10'])).toBe('All (4–10)');
  });
});

describe('export progress', () => {
  it('moves one bar forward through the steps, never back, and tells the two writes apart', () => {
    const reports = [
      { phase: 'collect', done: 0, total: 1 },
      { phase: 'layout', done: 50, total: 100 },
      { phase: 'embed', done: 2, total: 7 },
      { phase: 'write', done: 0, total: 1 },
      { phase: 'write', done: 1, total: 1 },
      { phase: 'sign', done: 0, total: 1 },
      { phase: 'write', done: 0, total: 1 },
      { phase: 'write', done: 1, total: 1 },
    ];
    const seen: ExportProgress[] = [];
    let progress = initialProgress;
    for (const report of reports) {
      progress = advanceProgress(progress, report);
      seen.push(progress);
    }
    expect(seen.map((step) => step.step)).toEqual([
      'collect',
      'layout',
      'embed',
      'assemble',
      'assemble',
      'sign',
      'write',
      'write',
    ]);
    expect(seen[2]?.detail).toBe('2 of 6');
    const percents = seen.map((step) => step.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  });
});

describe('identity form', () => {
  const valid = {
    name: 'Jonas Becker',
    organisation: 'Becker Audit Consulting',
    email: 'jonas@becker.example',
    passphrase: 'long enough',
    repeat: 'long enough',
  };

  it('accepts a complete form and marks each problem on its own field', () => {
    expect(checkCreateIdentity(valid)).toEqual({});
    expect(checkCreateIdentity({ ...valid, passphrase: 'short', repeat: 'short' })).toEqual({
      passphrase: 'Choose a passphrase of at least 8 characters.',
    });
    expect(checkCreateIdentity({ ...valid, repeat: 'long enougH' })).toEqual({
      repeat: 'The two passphrases differ.',
    });
    expect(Object.keys(checkCreateIdentity({ ...valid, name: ' ', email: 'jonas' }))).toEqual([
      'name',
      'email',
    ]);
  });

  it('puts the core’s objections on the fields they name and keeps the rest general', () => {
    expect(
      issuesByField([
        { path: ['email'], message: 'Enter an email address.' },
        { path: [], message: 'Something else.' },
      ]),
    ).toEqual({ fields: { email: 'Enter an email address.' }, general: ['Something else.'] });
  });
});

describe('verdict', () => {
  const report = (checks: Report['checks']): Report => ({
    signed: true,
    valid: checks.every((check) => check.ok),
    checks,
    signer: null,
    signingTime: null,
    signerName: 'Jonas Becker',
    reason: null,
    location: null,
    coversWholeFile: true,
    manifest: { ok: false, reason: 'missing' },
    files: [],
    fileSha256: '0'.repeat(64),
  });

  it('says who signed a valid pack, and names the first failed check of one that is not', () => {
    expect(verdictSentence(report([{ id: 'one-signature', ok: true, message: 'One.' }]))).toBe(
      'The signature is genuine and nothing in this pack has changed since Jonas Becker signed it.',
    );
    expect(
      verdictSentence(
        report([
          { id: 'one-signature', ok: true, message: 'One.' },
          { id: 'content-unchanged', ok: false, message: 'The document was changed.' },
          { id: 'evidence-files', ok: false, message: 'A file differs.' },
        ]),
      ),
    ).toBe(
      'Failed check: Content unchanged since signing. The document was changed. 1 other check failed too (see below).',
    );
  });
});
