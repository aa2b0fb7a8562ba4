import { useMemo, useSyncExternalStore } from 'react';
import { isSectionId, type SectionId } from '../sections';

// Routes live in the URL hash (`#/settings`, `#/suppliers/<id>`): a reload lands on the same screen
// through the loopback host and Electron's custom protocol alike, and neither needs to know any route.

const fallback: SectionId = 'dashboard';

/** Where the hash points: the section, the path segments after it, and any `?key=value` query. */
export interface Route {
  section: SectionId;
  /** `#/agreements/targets/<id>` → ['targets', '<id>']. */
  segments: string[];
  query: Readonly<Record<string, string>>;
}

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

/** The route a hash names; an empty or unknown hash shows the dashboard. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [first = '', ...segments] = path.split('/').filter(Boolean);
  if (!isSectionId(first)) return { section: fallback, segments: [], query: {} };
  return {
    section: first,
    segments: segments.map((segment) => decodeURIComponent(segment)),
    query: Object.fromEntries(new URLSearchParams(search)),
  };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The hash as it stands, `#/suppliers/<id>`. */
export function useCurrentHash(): string {
  return useSyncExternalStore(subscribe, currentHash);
}

/** The whole route, re-parsed only when the hash changes. */
export function useRoute(): Route {
  const hash = useCurrentHash();
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigateTo(id: SectionId): void {
  window.location.hash = sectionHref(id);
}

/** Follows an href of the form `#/…` produced by this app's route helpers. */
export function navigateToHref(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
