import { useRef, useState } from 'react';
import type { Assessment } from '../../../src-main/api/schemas/assessment';
import { failureMessage } from '../../api/api-error';
import { UploadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { AddOutcomes } from '../evidence/AddOutcomes';
import { EvidencePickerDialog } from '../evidence/EvidencePickerDialog';
import { evidenceHref, mediaTypeLabel } from '../evidence/evidence-format';
import { useChecklistStore } from './checklist-store';
import type { EvidenceUpload } from './use-evidence-upload';

interface ItemEvidenceProps {
  itemId: string;
  assessment: Assessment;
  upload: EvidenceUpload;
}

/**
 * The evidence files linked to an item: each opens in the evidence library and can be unlinked;
 * files already in the library are linked through a searchable dialog, new ones are added and
 * linked in one step by the file dialog or by dropping them on the item.
 */
export function ItemEvidence({ itemId, assessment, upload }: ItemEvidenceProps) {
  const [picking, setPicking] = useState(false);
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const linkButton = useRef<HTMLButtonElement>(null);
  const files = assessment.evidence;

  const unlink = (id: string, label: string) => {
    setProblem(null);
    setUnlinking(id);
    useChecklistStore
      .getState()
      .unlinkEvidence(itemId, id)
      .then(
        () => {
          setAnnouncement(`${label} unlinked from ${itemId}.`);
          // The row and its button are gone: focus goes on to the next thing to do.
          linkButton.current?.focus();
        },
        (error: unknown) => setProblem(failureMessage(error)),
      )
      .finally(() => setUnlinking(null));
  };

  return (
    <div className="item-evidence">
      {files.length === 0 ? (
        <p className="card__empty">No evidence file is linked to this item.</p>
      ) : (
        <ul className="item-evidence__list" aria-label="Linked evidence files">
          {files.map((file) => (
            <li key={file.id} className="item-evidence__row">
              <a className="item-evidence__link" href={evidenceHref(file.id)} title={file.fileName}>
                <span className="cited__code">{file.code}</span> {file.fileName}
              </a>
              <span className="card__meta item-evidence__meta">
                {mediaTypeLabel(file.mediaType)} · {formatByteSize(file.sizeBytes)}
              </span>
              <button
                type="button"
                className="link-button link-button--quiet-danger"
                disabled={unlinking !== null}
                onClick={() => unlink(file.id, `${file.code} ${file.fileName}`)}
              >
                {unlinking === file.id ? 'Unlinking…' : 'Unlink'}
                <span className="visually-hidden">
                  {' '}
                  {file.code} {file.fileName}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="item-evidence__actions">
        <button
          ref={linkButton}
          type="button"
          className="button"
          onClick={() => setPicking(true)}
          disabled={upload.adding}
        >
          Link existing…
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label={`Files to add and link to ${itemId}`}
          onChange={(event) => {
            upload.add([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          className="button"
          onClick={() => fileInput.current?.click()}
          disabled={upload.adding}
        >
          <UploadIcon />
          {upload.adding ? 'Adding…' : 'Add files…'}
        </button>
      </div>
      <p className="item-evidence__hint">Or drop files anywhere on this item. Up to 100 MiB each.</p>
      <div aria-live="polite">
        <AddOutcomes outcomes={upload.outcomes} />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {picking && (
        <EvidencePickerDialog
          title={`Link evidence to ${itemId}`}
          linkedIds={files.map((file) => file.id)}
          onDismiss={() => setPicking(false)}
          onLink={async (ids) => {
            await useChecklistStore.getState().linkEvidence(itemId, ids);
            setPicking(false);
            setAnnouncement(
              ids.length === 1 ? `1 file linked to ${itemId}.` : `${ids.length} files linked to ${itemId}.`,
            );
          }}
        />
      )}
    </div>
  );
}
