import { z } from 'zod';
import { method } from './method-spec';
import {
  certificateExport,
  certificateInfo,
  identityCreateInput,
  identityImportFileInput,
  identityImportInput,
  identityList,
  identityRef,
  packDownload,
  packHistory,
  packJob,
  packJobRef,
  packJobStarted,
  packStartFileInput,
  packStartInput,
  packVerified,
  packVerifyFileInput,
  packVerifyInput,
  verifiedFileInput,
} from './schemas/packs';
import { byId } from './schemas/registers/record-api';

const none = z.strictObject({});

/**
 * Signing identities (kept encrypted in the user's app data, never in a workspace, never sent to
 * the page), signed evidence packs made as background jobs, their history, and verification.
 */
export const packMethods = {
  'identities.list': method({
    access: 'renderer',
    summary:
      "The signing identities kept for this user: each certificate's subject, validity and fingerprint.",
    input: none,
    output: identityList,
  }),
  'identities.create': method({
    access: 'renderer',
    summary:
      'Make a key pair and a self-signed certificate, stored as a PKCS#12 encrypted under the passphrase.',
    input: identityCreateInput,
    output: certificateInfo,
  }),
  'identities.import': method({
    access: 'renderer',
    summary:
      'Keep a PKCS#12 (.p12/.pfx) from a certificate authority, re-encrypted (AES-256) under its passphrase.',
    input: identityImportInput,
    output: certificateInfo,
  }),
  'identities.importFile': method({
    access: 'local',
    summary: 'As identities.import, from a .p12/.pfx file on this machine.',
    input: identityImportFileInput,
    output: certificateInfo,
  }),
  'identities.remove': method({
    access: 'renderer',
    summary: 'Forget a signing identity: its encrypted key and certificate are deleted.',
    input: identityRef,
    output: identityList,
  }),
  'identities.certificate': method({
    access: 'renderer',
    summary: 'The certificate (never the key) as PEM, to give to auditors.',
    input: identityRef,
    output: certificateExport,
  }),
  'packs.start': method({
    access: 'renderer',
    summary:
      'Start a signed evidence pack of the open workspace, written to the packs folder beside it; returns at once with a job to follow.',
    input: packStartInput,
    output: packJobStarted,
  }),
  'packs.startFile': method({
    access: 'local',
    summary:
      'As packs.start, written to a path on this machine and signed with a kept identity or a .p12 file.',
    input: packStartFileInput,
    output: packJobStarted,
  }),
  'packs.job': method({
    access: 'renderer',
    summary: "A pack job's progress, or its outcome: the export recorded in the history, or what went wrong.",
    input: packJobRef,
    output: packJob,
  }),
  'packs.history': method({
    access: 'renderer',
    summary: 'Every pack made from the open workspace, newest first: id, time, signer, options and SHA-256.',
    input: none,
    output: packHistory,
  }),
  'packs.download': method({
    access: 'renderer',
    summary:
      'A pack from the packs folder as base64 (up to 140 MiB), after checking it is the file the history names.',
    input: byId,
    output: packDownload,
  }),
  'packs.verify': method({
    access: 'renderer',
    summary:
      "Check a pack's signature, that it covers the whole file, and every embedded file against the signed manifest.",
    input: packVerifyInput,
    output: packVerified,
  }),
  'packs.verifyFile': method({
    access: 'local',
    summary: 'As packs.verify, for a PDF on this machine.',
    input: packVerifyFileInput,
    output: packVerified,
  }),
  'packs.verifiedFile': method({
    access: 'renderer',
    summary: 'One embedded file of the pack verified last, as base64, to open or save.',
    input: verifiedFileInput,
    output: packDownload,
  }),
};
