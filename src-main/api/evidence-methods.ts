import { z } from 'zod';
import { method } from './method-spec';
import {
  evidence,
  evidenceAddFileInput,
  evidenceAdded,
  evidenceAddInput,
  evidenceContent,
  evidenceDeleted,
  evidenceLinkInput,
  evidenceListInput,
  evidenceUpdateInput,
} from './schemas/evidence';
import { byId } from './schemas/registers/record-api';

/**
 * The evidence library: files kept inside the workspace, content-addressed by SHA-256 (the same
 * content stored once), linked to requirement items and register records. The page sends content
 * as base64; the CLI and the Electron main process use `evidence.addFile` with a path.
 */
export const evidenceMethods = {
  'evidence.add': method({
    access: 'renderer',
    summary:
      'Add a file (base64, up to 100 MiB, not empty) with its description, effective date and links; one transaction. The same content is stored once; sameContentAs names the files that share it.',
    input: evidenceAddInput,
    output: evidenceAdded,
  }),
  'evidence.addFile': method({
    access: 'local',
    summary: 'Add a file on this machine as evidence; as evidence.add, named after the file.',
    input: evidenceAddFileInput,
    output: evidenceAdded,
  }),
  'evidence.get': method({
    access: 'renderer',
    summary: "One evidence file's metadata and links.",
    input: byId,
    output: evidence,
  }),
  'evidence.content': method({
    access: 'renderer',
    summary: "A file's content as base64, checked against its SHA-256 first, for previews and downloads.",
    input: byId,
    output: evidenceContent,
  }),
  'evidence.update': method({
    access: 'renderer',
    summary: "Change a file's name, description or effective date (those left out keep their value).",
    input: evidenceUpdateInput,
    output: evidence,
  }),
  'evidence.delete': method({
    access: 'renderer',
    summary:
      'Delete an evidence file and its links; its content goes too unless another file shares it. Refused while it closes a finding.',
    input: byId,
    output: evidenceDeleted,
  }),
  'evidence.link': method({
    access: 'renderer',
    summary: 'Link a file to a requirement item or a register record.',
    input: evidenceLinkInput,
    output: evidence,
  }),
  'evidence.unlink': method({
    access: 'renderer',
    summary: 'Remove a link between a file and an item or a record.',
    input: evidenceLinkInput,
    output: evidence,
  }),
  'evidence.list': method({
    access: 'renderer',
    summary:
      'Evidence files by code, filtered by search words, linked item, linked record, or linked to nothing.',
    input: evidenceListInput,
    output: z.array(evidence),
  }),
} as const;
