import type { BreachedTarget, BreachedTargets } from '../../../src-main/api/schemas/dashboard';
import { Card } from '../../shared/components/Card';
import { formatMonth } from '../../shared/format/calendar-date';
import { formatWithUnit } from '../../shared/format/number';
import { listStores } from '../registers/list/list-store';
import { comparisonSymbols } from '../registers/model/enum-labels';
import { detailHref, listHref } from '../registers/model/register-routes';
import { EmptyNote, MoreNote, RecordList, type RecordRow } from './dashboard-parts';

function toRow(target: BreachedTarget): RecordRow {
  const level = `${comparisonSymbols[target.comparison]} ${formatWithUnit(target.threshold, target.unit)}`;
  return {
    key: target.id,
    href: detailHref('targets', target.id),
    code: target.code,
    name: target.name,
    detail: [formatMonth(target.periodStart), target.agreementCode, target.serviceName]
      .filter(Boolean)
      .join(' · '),
    when: formatWithUnit(target.value, target.unit),
    date: `target ${level}`,
    tone: 'danger',
  };
}

function showBreached() {
  listStores.targets.getState().show({ breached: 'yes' });
}

/** Service level targets missed in their latest measured period, each a link to the target. */
export function BreachedTargetsCard({
  targets,
  hasTargets,
}: {
  targets: BreachedTargets;
  hasTargets: boolean;
}) {
  return (
    <Card title="Breached targets" className="dash-card dash-card--list dash-card--targets">
      {hasTargets && (
        <p className="big-figure big-figure--inline">
          <span className={`big-figure__number${targets.total > 0 ? ' big-figure__number--danger' : ''}`}>
            {targets.total.toLocaleString('en-GB')}
          </span>{' '}
          <span className="big-figure__label">
            {targets.total === 1 ? 'target missed' : 'targets missed'} in the latest period
          </span>
        </p>
      )}
      {targets.total === 0 ? (
        <EmptyNote>
          {hasTargets
            ? 'Every service level target with a measurement met it in its latest period.'
            : 'No service level targets are recorded yet. Add them to the agreements, with the results of each period.'}
        </EmptyNote>
      ) : (
        <RecordList label="Targets breached in their latest period" rows={targets.rows.map(toRow)} />
      )}
      <MoreNote shown={targets.rows.length} total={targets.total}>
        <a href={listHref('targets')} onClick={showBreached}>
          All breached targets
        </a>
      </MoreNote>
    </Card>
  );
}
