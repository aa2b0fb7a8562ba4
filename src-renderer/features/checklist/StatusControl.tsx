import type { AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import { statusMetas } from './checklist-model';

interface StatusControlProps {
  value: AssessmentStatus;
  onChange(status: AssessmentStatus): void;
}

/** The item's status as a segmented control: native radio buttons, so arrows and Tab work as usual. */
export function StatusControl({ value, onChange }: StatusControlProps) {
  return (
    <fieldset className="segmented" aria-describedby="no-exclusions-note">
      <legend className="segmented__legend">Status</legend>
      <div className="segmented__options">
        {statusMetas.map((meta) => (
          <label
            key={meta.status}
            className={`segmented__option segmented__option--${meta.status}`}
            data-checked={meta.status === value}
          >
            <input
              type="radio"
              name="assessment-status"
              className="segmented__input"
              value={meta.status}
              aria-keyshortcuts={meta.key}
              checked={meta.status === value}
              onChange={() => onChange(meta.status)}
            />
            <span className="segmented__label">{meta.label}</span>
            <kbd className="segmented__key" aria-hidden="true">
              {meta.key}
            </kbd>
          </label>
        ))}
      </div>
      <p className="segmented__note" id="no-exclusions-note">
        <strong>Looking for “Not applicable”?</strong> ISO/IEC 20000-1 admits no exclusions: every requirement
        of clauses 4 to 10 applies. Where a supplier, an internal supplier or a customer runs this part,
        choose <em>Operated by another party</em> and link the agreement that controls them (8.2.3).
      </p>
    </fieldset>
  );
}
