import { useEffect } from 'react';
import { sectionById } from '../../../app/sections';
import { ScreenHeader } from '../../../shared/components/ScreenHeader';
import { newHref } from '../model/register-routes';
import { countOf, registers, type RegisterId } from '../model/registers';
import { sectionIntros, type RegisterSectionId } from '../model/section-intros';
import { useRegisterData } from '../state/register-data-store';
import { AgreementTabs } from './AgreementTabs';
import type { ListDefinition } from './list-definition';
import { listDefinitions } from './list-definitions';
import { isFiltered, listStores, type ListStore } from './list-store';
import { ListToolbar } from './ListToolbar';
import { RegisterTable } from './RegisterTable';
import { PlusIcon } from '../../../shared/components/icons';
import { ImportExportActions } from '../import-export/ImportExportActions';

function RegisterList<Row extends { id: string }>({
  definition,
  useList,
}: {
  definition: ListDefinition<Row>;
  useList: ListStore<Row>;
}) {
  const { register } = definition;
  const meta = registers[register];
  const epoch = useRegisterData((state) => state.epoch);
  const total = useList((state) => state.total);
  const status = useList((state) => state.status);
  const failure = useList((state) => state.failure);
  const filtered = useList((state) => isFiltered(state.query));
  const all = useList((state) => state.all);

  // Fetch again when the data changed since this list was last fetched (or it never was).
  useEffect(() => {
    const state = useList.getState();
    if (state.loadedEpoch !== epoch && state.status !== 'loading') state.refresh();
  }, [epoch, useList]);

  const count =
    total === null
      ? ''
      : filtered
        ? `${total.toLocaleString('en-GB')} of ${countOf(register, all ?? total)}`
        : countOf(register, total);

  return (
    <div className="register-list">
      <ListToolbar definition={definition} useList={useList} />
      <p className="list-count" aria-live="polite" data-testid="list-count">
        {count}
      </p>
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The {meta.plural} could not be listed.</strong> {failure}{' '}
          <button type="button" className="link-button" onClick={() => useList.getState().refresh()}>
            Try again
          </button>
        </div>
      ) : total === 0 && status === 'ready' ? (
        <div className="list-empty">
          {filtered ? (
            <>
              <p className="list-empty__title">No {meta.plural} match</p>
              <p className="list-empty__text">Try other words, or clear the search and filters.</p>
              <button type="button" className="button" onClick={() => useList.getState().clearQuery()}>
                Clear search and filters
              </button>
            </>
          ) : (
            <>
              <p className="list-empty__title">No {meta.plural} yet</p>
              <p className="list-empty__text">{definition.empty}</p>
              <a className="button button--primary" href={newHref(register)}>
                <PlusIcon />
                New {meta.singular}
              </a>
            </>
          )}
        </div>
      ) : (
        <RegisterTable definition={definition} useList={useList} label={meta.title} />
      )}
    </div>
  );
}

function ListFor({ register }: { register: RegisterId }) {
  switch (register) {
    case 'services':
      return <RegisterList definition={listDefinitions.services} useList={listStores.services} />;
    case 'customers':
      return <RegisterList definition={listDefinitions.customers} useList={listStores.customers} />;
    case 'suppliers':
      return <RegisterList definition={listDefinitions.suppliers} useList={listStores.suppliers} />;
    case 'agreements':
      return <RegisterList definition={listDefinitions.agreements} useList={listStores.agreements} />;
    case 'targets':
      return <RegisterList definition={listDefinitions.targets} useList={listStores.targets} />;
    case 'reviews':
      return <RegisterList definition={listDefinitions.reviews} useList={listStores.reviews} />;
  }
}

/** A register's list screen: heading, the agreements tabs where they apply, search, filters and the table. */
export function RegisterListScreen({ register }: { register: RegisterId }) {
  const meta = registers[register];
  const section = meta.section as RegisterSectionId;
  const intro = sectionIntros[section];
  return (
    <div className="list-screen">
      <ScreenHeader
        title={sectionById(section).label}
        description={
          <>
            {intro.purpose}{' '}
            {intro.clauses.map((clause) => (
              <abbr key={clause.ref} className="clause-ref" title={clause.title}>
                {clause.ref}
              </abbr>
            ))}
          </>
        }
        aside={
          <div className="list-actions">
            <ImportExportActions register={register} />
            <a className="button button--primary" href={newHref(register)}>
              <PlusIcon />
              New {meta.singular}
            </a>
          </div>
        }
      />
      {section === 'agreements' && <AgreementTabs current={register} />}
      <ListFor key={register} register={register} />
    </div>
  );
}
