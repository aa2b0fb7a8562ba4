import { useEffect } from 'react';
import { useCurrentHash, useRoute } from '../../app/router/hash-route';
import { sectionById } from '../../app/sections';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { RecordDetailScreen } from './detail/RecordDetailScreen';
import { RecordFormScreen } from './forms/RecordFormScreen';
import { RegisterListScreen } from './list/RegisterListScreen';
import { listHref, registerRoute } from './model/register-routes';
import type { RegisterSectionId } from './model/section-intros';
import { useFlashStore } from './state/register-data-store';

/** A short confirmation after a save or delete, in a live region that stays put while the views change. */
function Flash({ hash }: { hash: string }) {
  const message = useFlashStore((state) => (state.href === hash ? state.message : null));
  useEffect(() => () => useFlashStore.getState().clear(), []);
  // The live region stays in the page, so a message put into it is announced; the button sits outside it.
  return (
    <div className={message ? 'flash flash--shown' : 'flash'}>
      <svg className="flash__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 8.5l2.5 2.5L12 5.5" />
      </svg>
      <p className="flash__message" role="status">
        {message}
      </p>
      {message && (
        <button
          type="button"
          className="flash__close"
          aria-label="Dismiss"
          onClick={() => useFlashStore.getState().clear()}
        >
          ×
        </button>
      )}
    </div>
  );
}

function UnknownPage({ section }: { section: RegisterSectionId }) {
  const label = sectionById(section).label;
  return (
    <>
      <ScreenHeader
        title="Nothing here"
        description="This address does not name a record or a screen of Clausebook."
      />
      <a href={listHref(section)}>Back to {label}</a>
    </>
  );
}

/** Services, Customers, Suppliers and Agreements: each register's list, records and forms. */
export function RegistersSection({ section }: { section: RegisterSectionId }) {
  const route = useRoute();
  const hash = useCurrentHash();
  const match = registerRoute(route);
  let screen;
  if (!match) screen = <UnknownPage section={section} />;
  else {
    const { register, view } = match;
    switch (view.kind) {
      case 'list':
        screen = <RegisterListScreen register={register} />;
        break;
      case 'detail':
        screen = <RecordDetailScreen key={view.id} register={register} id={view.id} />;
        break;
      case 'edit':
        screen = (
          <RecordFormScreen
            key={`edit-${view.id}`}
            register={register}
            mode={{ kind: 'edit', id: view.id }}
          />
        );
        break;
      case 'new':
        screen = (
          <RecordFormScreen
            key={`new-${register}`}
            register={register}
            mode={{ kind: 'new', prefill: view.prefill }}
          />
        );
        break;
    }
  }
  return (
    <>
      <Flash hash={hash} />
      {screen}
    </>
  );
}
