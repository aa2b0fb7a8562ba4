import { Card } from '../../shared/components/Card';
import { listHref } from '../registers/model/register-routes';
import type { RegisterId } from '../registers/model/registers';
import { useWorkspaceStore } from '../workspace/workspace-store';

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

/** How many records each register holds. What in them needs attention has cards of its own. */
export function RegistersCard() {
  const counts = useWorkspaceStore((state) => state.summary?.counts);
  if (!counts) return null;
  const empty = tiles.every((tile) => (counts[tile.count] ?? 0) === 0);
  return (
    <Card title="Registers" className="dash-card dash-card--registers">
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
          No register holds records yet. Start with the services in scope, then their customers, suppliers and
          agreements.
        </p>
      )}
    </Card>
  );
}
