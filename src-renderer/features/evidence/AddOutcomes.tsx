import { StatusChip } from '../../shared/components/StatusChip';
import { evidenceHref } from './evidence-format';
import type { AddOutcome } from './evidence-store';
import './evidence.css';

/** What became of each file the user added: added, added with the same content as another, or refused. */
export function AddOutcomes({ outcomes }: { outcomes: readonly AddOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <ul className="add-outcomes" aria-label="Files added">
      {outcomes.map((outcome, index) => (
        <li key={`${outcome.fileName}-${index}`} className={`add-outcome add-outcome--${outcome.tone}`}>
          <StatusChip
            label={
              outcome.tone === 'success' ? 'Added' : outcome.tone === 'warning' ? 'Duplicate' : 'Not added'
            }
            tone={outcome.tone}
          />
          <span className="add-outcome__text">
            {outcome.evidenceId ? (
              <a href={evidenceHref(outcome.evidenceId)}>{outcome.fileName}</a>
            ) : (
              <strong>{outcome.fileName}</strong>
            )}
            : {outcome.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
