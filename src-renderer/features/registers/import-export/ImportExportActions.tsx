import { useState } from 'react';
import { UploadIcon } from '../../../shared/components/icons';
import type { RegisterId } from '../model/registers';
import { ExportMenu } from './ExportMenu';
import { fileRegistersOf } from './file-registers';
import { ImportDialog } from './ImportDialog';

/** "Import…" and "Export" beside a register list's heading. */
export function ImportExportActions({ register }: { register: RegisterId }) {
  const [importing, setImporting] = useState(false);
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
        <UploadIcon />
        Import…
      </button>
      <ExportMenu register={register} />
      {importing && (
        <ImportDialog registers={fileRegistersOf(register)} onDismiss={() => setImporting(false)} />
      )}
    </>
  );
}
