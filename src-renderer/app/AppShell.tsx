import { useWorkspaceStore } from '../features/workspace/workspace-store';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { MainNav } from './MainNav';
import { registerRoute } from '../features/registers/model/register-routes';
import { useRoute, type Route } from './router/hash-route';
import { useScreenTitleStore } from './screen-title-store';
import { SectionScreen } from './SectionScreen';
import { sectionById } from './sections';
import { useSectionShortcuts } from './shortcuts';
import { SkipLink } from './SkipLink';
import { useDocumentTitle } from './use-document-title';
import { useFocusOnNavigation } from './use-focus-on-navigation';

const MAIN_ID = 'main';

/** Which screen a route shows, for moving focus: the tabs of one list count as one screen. */
function screenKey(route: Route): string {
  const match = registerRoute(route);
  if (!match || match.view.kind === 'list') return route.section;
  return `${route.section}/${match.view.kind}/${'id' in match.view ? match.view.id : match.register}`;
}

/** The frame around every screen of an open workspace: navigation, banner and the current screen. */
export function AppShell() {
  const route = useRoute();
  const { section } = route;
  const client = useWorkspaceStore((state) => state.summary?.engagement.clientOrganisation);
  const place = useScreenTitleStore((state) => state.place);
  useDocumentTitle(place, sectionById(section).label, client);
  useFocusOnNavigation(screenKey(route));
  useSectionShortcuts();
  return (
    <div className="shell">
      <SkipLink targetId={MAIN_ID} />
      <div className="shell__sidebar">
        <div className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect x="4" y="3" width="24" height="26" rx="6" />
            <path d="M11 11h10M11 16h10M11 21h6" />
          </svg>
          <span className="brand__name">Clausebook</span>
        </div>
        <MainNav current={section} />
      </div>
      <div className="shell__content">
        <AppHeader />
        <main className="shell__main" id={MAIN_ID} tabIndex={-1}>
          {/* Keyed by section: a screen that failed does not take the next one down with it. */}
          <ErrorBoundary key={section} scope="This screen">
            <SectionScreen id={section} />
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
