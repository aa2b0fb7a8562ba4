import { listHref } from '../model/register-routes';
import { registers, type RegisterId } from '../model/registers';

const tabs: RegisterId[] = ['agreements', 'targets', 'reviews'];

/** Agreements · Targets · Reviews: three registers under one navigation entry, each a page of its own. */
export function AgreementTabs({ current }: { current: RegisterId }) {
  return (
    <nav className="tabs" aria-label="Agreement registers">
      <ul className="tabs__list">
        {tabs.map((register) => (
          <li key={register}>
            <a
              className="tabs__tab"
              href={listHref(register)}
              aria-current={register === current ? 'page' : undefined}
            >
              {registers[register].title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
