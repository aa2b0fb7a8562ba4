import { useEffect } from 'react';
import { Card } from '../../shared/components/Card';
import { listHref } from '../registers/model/register-routes';
import type { RegisterId } from '../registers/model/registers';
import { listStores } from '../registers/list/list-store';
import { useRegisterData } from '../registers/state/register-data-store';
import { useWorkspaceStore } from '../workspace/workspace-store';
import { attentionChecks, useAttentionStore, type AttentionCheck } from './attention-store';

/** The registers as the core counts them; measurements sit with the targets they belong to. */
const tiles: readonly { count: string; label: string; register: RegisterId }[] = [
  { count: 'services', label: 'Services', register: 'services' },
  { count: 'customers', label: 'Customers', register: 'customers' },
  { count: 'suppliers', label: 'Suppliers', register: 'suppliers' },
  { count: 'agreements', label: 'Agreements', register: 'agreements' },
  { count: 'targets', label: 'Targets', register: 'targets' },
  { count: 'measurements', label: 'Measurements', register: 'targets' },
  { count: 'reviews', label: 'Reviews', register: 'reviews' },
];

function openFiltered(check: AttentionCheck) {
  listStores[check.register].getState().show(check.filters);
}

function Attention() {
  const counts = useAttentionStore((state) => state.counts);
  const status = useAttentionStore((state) => state.status);
  const epoch = useRegisterData((state) => state.epoch);
  useEffect(() => useAttentionStore.getState().load(), [epoch]);
  if (status === 'failed') return <p className="card__empty">The registers could not be checked just now.</p>;
  return (
    <ul className="attention">
      {attentionChecks.map((check) => {
        const count = counts[check.id];
        const clear = count === 0;
        return (
          <li key={check.id} className={clear ? 'attention__item attention__item--clear' : 'attention__item'}>
            <span className="attention__count" aria-hidden={count === undefined}>
              {count === undefined ? '·' : count.toLocaleString('en-GB')}
            </span>
            {clear || count === undefined ? (
              <span className="attention__label">{check.label}</span>
            ) : (
              <a
                className="attention__label"
                href={listHref(check.register)}
                onClick={() => openFiltered(check)}
              >
                {check.label}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** How many records each register holds, and what in them needs attention before the audit. */
export function RegistersCard() {
  const counts = useWorkspaceStore((state) => state.summary?.counts);
  if (!counts) return null;
  const empty = tiles.every((tile) => (counts[tile.count] ?? 0) === 0);
  return (
    <Card title="Registers" className="dashboard__registers">
      <div className="registers-overview">
        <div>
          <h3 className="card__subtitle">Records</h3>
          <dl className="counts">
            {tiles.map((tile) => (
              <div className="counts__item" key={tile.count}>
                <dt>
                  <a href={listHref(tile.register)}>{tile.label}</a>
                </dt>
                <dd>{(counts[tile.count] ?? 0).toLocaleString('en-GB')}</dd>
              </div>
            ))}
          </dl>
          {empty && (
            <p className="card__empty registers-overview__empty">
              No register holds records yet. Start with the services in scope, then their customers, suppliers
              and agreements.
            </p>
          )}
        </div>
        <div>
          <h3 className="card__subtitle">Needs attention</h3>
          <Attention />
        </div>
      </div>
    </Card>
  );
}
