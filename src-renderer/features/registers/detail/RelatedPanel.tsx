import type { ReactNode } from 'react';
import type { RelatedGroup } from '../../../../src-main/api/schemas/registers/record-api';
import { Card } from '../../../shared/components/Card';
import { StatusChip } from '../../../shared/components/StatusChip';
import { formatMonth, formatShortDate } from '../../../shared/format/calendar-date';
import { detailHref } from '../model/register-routes';

export interface GroupAction {
  /** The register of the group it sits beside. */
  register: RelatedGroup['register'];
  label: string;
  href: string;
}

const verdicts = [
  { suffix: ' · breached', chip: <StatusChip label="Breached" tone="danger" /> },
  { suffix: ' · met', chip: <StatusChip label="Met" tone="success" /> },
  { suffix: ' · never measured', chip: <StatusChip label="Never measured" tone="neutral" /> },
];

/**
 * The core describes each related record in a line of words ("SLA · agreed · ends 2027-10-18");
 * dates and comparisons are shown the way the rest of the app shows them, and a target's verdict
 * ("· breached") becomes a chip.
 */
export function describe(detail: string): { text: string; chip: ReactNode } {
  let text = detail;
  let chip: ReactNode = null;
  for (const verdict of verdicts) {
    if (text.endsWith(verdict.suffix)) {
      text = text.slice(0, -verdict.suffix.length);
      chip = verdict.chip;
      break;
    }
  }
  text = text
    // "99.86 % in 2026-10-01": a measurement period, named by its month.
    .replace(/ in (\d{4}-\d{2}-\d{2})\b/g, (_match, date: string) => ` in ${formatMonth(date)}`)
    .replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (date) => formatShortDate(date))
    .replace(/>=/g, '≥')
    .replace(/<=/g, '≤')
    .replace(/ %/g, '%');
  return { text: text.charAt(0).toUpperCase() + text.slice(1), chip };
}

/** Every record this one names and every record that names it, grouped, each a link. */
export function RelatedPanel({
  groups,
  actions = [],
}: {
  groups: readonly RelatedGroup[];
  actions?: readonly GroupAction[];
}) {
  const actionFor = (group: RelatedGroup) =>
    actions.find((candidate) => candidate.register === group.register);
  // Groups with records, or with something to add, come first; the empty rest share one line.
  const shown = groups.filter((group) => group.items.length > 0 || actionFor(group));
  const empty = groups.filter((group) => !shown.includes(group));
  return (
    <Card title="Related records" className="related">
      {shown.map((group) => {
        const action = actionFor(group);
        return (
          <section className="related__group" key={group.label} aria-label={group.label}>
            <div className="related__head">
              <h3 className="related__title">
                {group.label}
                <span className="related__count">{group.items.length}</span>
              </h3>
              {action && (
                <a className="related__action" href={action.href}>
                  {action.label}
                </a>
              )}
            </div>
            {group.items.length === 0 ? (
              <p className="related__none">None yet</p>
            ) : (
              <ul className="related__list">
                {group.items.map((item) => {
                  const { text, chip } = describe(item.detail);
                  return (
                    <li key={item.id} className="related__item">
                      <a className="related__link" href={detailHref(group.register, item.id)}>
                        <span className="related__code">{item.code}</span>{' '}
                        <span className="related__name">{describe(item.name).text}</span>
                      </a>
                      {(text || chip) && (
                        <p className="related__detail">
                          {text && <span>{text}</span>}
                          {chip}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {empty.length > 0 && (
        <p className="related__empty">
          <span className="related__empty-label">None recorded:</span>{' '}
          {empty.map((group) => group.label).join(', ')}
        </p>
      )}
    </Card>
  );
}
