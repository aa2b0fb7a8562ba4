import { create } from 'zustand';
import type { MethodInput } from '../../../src-main/api/contract';
import type { CertificateInfo } from '../../../src-main/api/schemas/packs';
import { api } from '../../api/client';
import { failureMessage } from '../../api/api-error';
import { downloadFile } from '../registers/import-export/file-transfer';

/**
 * The signing identities kept on this computer, as the page knows them: certificates only. The
 * keys and passphrases stay in the main process; a passphrase passes through here once per call.
 */
interface IdentitiesState {
  identities: CertificateInfo[];
  /**
   * When the list was read (ms since the epoch): validity is judged at that moment, so a
   * certificate made a second ago is not "not valid yet" against a clock read before it existed.
   */
  listedAt: number;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  failure: string | null;
  refresh(): Promise<void>;
  /** Resolves with the new certificate; rejects with the core's ApiError. */
  create(input: MethodInput<'identities.create'>): Promise<CertificateInfo>;
  importP12(input: MethodInput<'identities.import'>): Promise<CertificateInfo>;
  remove(fingerprint: string): Promise<void>;
  /** Hands the certificate (PEM, never the key) to the browser's download. */
  downloadCertificate(fingerprint: string): Promise<void>;
}

let request = 0;

export const useIdentitiesStore = create<IdentitiesState>()((set, get) => ({
  identities: [],
  listedAt: 0,
  status: 'idle',
  failure: null,
  async refresh() {
    const asked = ++request;
    if (get().status !== 'ready') set({ status: 'loading' });
    try {
      const { identities } = await api.call('identities.list', {});
      if (asked === request) set({ identities, listedAt: Date.now(), status: 'ready', failure: null });
    } catch (error) {
      if (asked === request) set({ status: 'failed', failure: failureMessage(error) });
    }
  },
  async create(input) {
    const certificate = await api.call('identities.create', input);
    await get().refresh();
    return certificate;
  },
  async importP12(input) {
    const certificate = await api.call('identities.import', input);
    await get().refresh();
    return certificate;
  },
  async remove(fingerprint) {
    const { identities } = await api.call('identities.remove', { fingerprint });
    ++request;
    set({ identities, listedAt: Date.now(), status: 'ready', failure: null });
  },
  async downloadCertificate(fingerprint) {
    const { fileName, pem } = await api.call('identities.certificate', { fingerprint });
    // PEM is ASCII, so btoa takes it as it is.
    downloadFile({ fileName, mimeType: 'application/x-pem-file', content: btoa(pem) });
  },
}));
