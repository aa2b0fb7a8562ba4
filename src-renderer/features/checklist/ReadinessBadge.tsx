import { readinessWords, type ReadinessTally } from './readiness-tally';

/**
 * The count of readiness findings on a clause or item, coloured by the worst of them. One image
 * with its words as the name, so a screen reader says "2 readiness findings, worst: major"
 * rather than a bare number.
 */
export function ReadinessBadge({ tally }: { tally: ReadinessTally }) {
  const words = readinessWords(tally);
  return (
    <span role="img" aria-label={words} title={words} className={`rbadge rbadge--${tally.worst}`}>
      <svg className="rbadge__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path d="M6 1.6L11 10.4H1z" />
        <path className="rbadge__mark" d="M6 4.8v2.4M6 8.7v.1" />
      </svg>
      <span aria-hidden="true">{tally.count}</span>
    </span>
  );
}
