import { create } from 'zustand';
import type { MethodOutput } from '../../../src-main/api/contract';
import { api } from '../../api/client';
import { failureMessage } from '../../api/api-error';
import { downloadFile, readAsBase64 } from '../registers/import-export/file-transfer';

export type PackVerified = MethodOutput<'packs.verify'>;
export type PackReport = PackVerified['report'];
export type VerifiedFile = PackReport['files'][number];

/** The largest pack the page sends to the core; larger ones are for `clausebook verify`. */
export const MAX_VERIFY_BYTES = 140 * 1024 * 1024;

interface VerifyState {
  status: 'idle' | 'verifying' | 'ready' | 'failed';
  /** The file being checked, or the one whose check failed. */
  fileName: string | null;
  result: PackVerified | null;
  /** Why the file could not be checked at all (not a PDF, not signed…), in the core's words. */
  failure: string | null;
  /** Which embedded file is being saved, and why the last save failed. */
  saving: string | null;
  saveFailure: { attachmentName: string; message: string } | null;
  verifyFile(file: File): Promise<void>;
  /** `content` is the pack as base64, or a way to fetch it (a pack from the packs folder). */
  verifyContent(fileName: string, content: string | (() => Promise<string>)): Promise<void>;
  saveEmbedded(file: VerifiedFile): Promise<void>;
}

let request = 0;

export const useVerifyStore = create<VerifyState>()((set, get) => ({
  status: 'idle',
  fileName: null,
  result: null,
  failure: null,
  saving: null,
  saveFailure: null,
  async verifyFile(file) {
    if (file.size > MAX_VERIFY_BYTES) {
      ++request;
      set({
        status: 'failed',
        fileName: file.name,
        result: null,
        failure: `${file.name} is over 140 MiB, too large to check here. Check it with the command line instead: clausebook verify "${file.name}".`,
      });
      return;
    }
    const asked = ++request;
    set({ status: 'verifying', fileName: file.name, failure: null, saveFailure: null });
    let content: string;
    try {
      content = await readAsBase64(file);
    } catch (error) {
      if (asked === request) set({ status: 'failed', result: null, failure: failureMessage(error) });
      return;
    }
    if (asked === request) await get().verifyContent(file.name, content);
  },
  async verifyContent(fileName, content) {
    const asked = ++request;
    set({ status: 'verifying', fileName, failure: null, saveFailure: null });
    try {
      const bytes = typeof content === 'string' ? content : await content();
      if (asked !== request) return;
      const result = await api.call('packs.verify', { fileName, content: bytes });
      if (asked === request) set({ status: 'ready', result, failure: null });
    } catch (error) {
      if (asked === request) set({ status: 'failed', result: null, failure: failureMessage(error) });
    }
  },
  async saveEmbedded(file) {
    const { result } = get();
    if (!result) return;
    set({ saving: file.attachmentName, saveFailure: null });
    try {
      const { content } = await api.call('packs.verifiedFile', {
        verificationId: result.verificationId,
        attachmentName: file.attachmentName,
      });
      const listed =
        result.report.manifest.ok &&
        result.report.manifest.value.files.find((entry) => entry.attachmentName === file.attachmentName);
      downloadFile({
        fileName: file.fileName,
        mimeType: (listed && listed.mediaType) || 'application/octet-stream',
        content,
      });
      set({ saving: null });
    } catch (error) {
      set({
        saving: null,
        saveFailure: { attachmentName: file.attachmentName, message: failureMessage(error) },
      });
    }
  },
}));
