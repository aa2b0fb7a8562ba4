import { useCallback, useState } from 'react';
import type { AddOutcome } from '../evidence/evidence-store';
import { useChecklistStore } from './checklist-store';

export interface EvidenceUpload {
  adding: boolean;
  /** What became of the files of the last add, until the next one. */
  outcomes: readonly AddOutcome[];
  add(files: readonly File[]): void;
}

/**
 * New files for one item, from the file dialog or dropped on the item: each is stored and linked
 * to the item in one step. One per item detail, so the drop zone and the evidence card share it.
 */
export function useEvidenceUpload(itemId: string): EvidenceUpload {
  const [adding, setAdding] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly AddOutcome[]>([]);
  const add = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      setAdding(true);
      setOutcomes([]);
      void useChecklistStore
        .getState()
        .addEvidence(itemId, files)
        .then(setOutcomes)
        .finally(() => setAdding(false));
    },
    [itemId],
  );
  return { adding, outcomes, add };
}
