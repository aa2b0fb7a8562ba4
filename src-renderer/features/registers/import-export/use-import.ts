import { useRef, useState } from 'react';
import type { MethodOutput } from '../../../../src-main/api/contract';
import { api } from '../../../api/client';
import { useRegisterData } from '../state/register-data-store';
import type { FileRegister } from './file-registers';
import { failureMessage } from '../../../api/api-error';
import { readAsBase64 } from './file-transfer';

export type ImportPreview = MethodOutput<'registers.importPreview'>;
export type ImportReport = MethodOutput<'registers.import'>;
export type ColumnMapping = (string | null)[];

/** How many of the file's rows the mapping step shows. */
export const PREVIEW_ROWS = 8;

interface ChosenFile {
  name: string;
  content: string;
}

export interface ImportState {
  register: FileRegister;
  file: ChosenFile | null;
  /** The core's view of the file with the current mapping and sheet. */
  preview: ImportPreview | null;
  /** A dry run with the current mapping; gone once the mapping or the file changes. */
  check: ImportReport | null;
  /** The import that was written. */
  result: ImportReport | null;
  busy: 'reading' | 'previewing' | 'checking' | 'importing' | null;
  failure: string | null;
}

/**
 * The import dialog's steps: a file is read and previewed, its mapping and sheet adjusted (each
 * change previewed again), checked with a dry run, and imported. Answers to requests overtaken by
 * a later one are dropped.
 */
export function useImport(initialRegister: FileRegister) {
  const [state, setState] = useState<ImportState>({
    register: initialRegister,
    file: null,
    preview: null,
    check: null,
    result: null,
    busy: null,
    failure: null,
  });
  const latest = useRef(0);

  const run = async <T>(
    busy: NonNullable<ImportState['busy']>,
    reset: Partial<ImportState>,
    work: () => Promise<T>,
    done: (value: T) => Partial<ImportState>,
  ) => {
    const request = (latest.current += 1);
    setState((current) => ({ ...current, ...reset, busy, failure: null }));
    try {
      const value = await work();
      if (request === latest.current) setState((current) => ({ ...current, ...done(value), busy: null }));
    } catch (error) {
      if (request === latest.current) {
        setState((current) => ({ ...current, busy: null, failure: failureMessage(error) }));
      }
    }
  };

  const preview = (
    register: FileRegister,
    file: ChosenFile,
    mapping: ColumnMapping | null,
    sheet: string | null,
  ) =>
    run(
      'previewing',
      { register, file, check: null, result: null },
      () =>
        api.call('registers.importPreview', {
          register,
          fileName: file.name,
          content: file.content,
          mapping,
          sheet,
          previewRows: PREVIEW_ROWS,
        }),
      (value) => ({ preview: value }),
    );

  const upload = (mode: boolean) => {
    const { register, file, preview: shown } = state;
    if (!file || !shown) return;
    return {
      register,
      fileName: file.name,
      content: file.content,
      mapping: shown.mapping,
      sheet: shown.source?.sheet ?? null,
      dryRun: mode,
    };
  };

  return {
    state,
    async chooseFile(chosen: File) {
      const request = (latest.current += 1);
      setState((current) => ({ ...current, busy: 'reading', failure: null }));
      try {
        const content = await readAsBase64(chosen);
        if (request !== latest.current) return;
        await preview(state.register, { name: chosen.name, content }, null, null);
      } catch (error) {
        if (request === latest.current) {
          setState((current) => ({ ...current, busy: null, failure: failureMessage(error) }));
        }
      }
    },
    chooseRegister(register: FileRegister) {
      if (state.file) void preview(register, state.file, null, null);
      else setState((current) => ({ ...current, register }));
    },
    mapColumn(index: number, key: string | null) {
      if (!state.file || !state.preview) return;
      const mapping = state.preview.mapping.map((current, at) => (at === index ? key : current));
      void preview(state.register, state.file, mapping, state.preview.source?.sheet ?? null);
    },
    chooseSheet(sheet: string) {
      // Another sheet has other columns: its mapping is proposed afresh.
      if (state.file) void preview(state.register, state.file, null, sheet);
    },
    check() {
      const input = upload(true);
      if (input)
        void run(
          'checking',
          { check: null },
          () => api.call('registers.import', input),
          (check) => ({ check }),
        );
    },
    import() {
      const input = upload(false);
      if (!input) return;
      void run(
        'importing',
        {},
        () => api.call('registers.import', input),
        (report) => {
          if (!report.applied) return { check: report };
          useRegisterData.getState().changed();
          return { result: report };
        },
      );
    },
  };
}
