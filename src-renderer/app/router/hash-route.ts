import { useSyncExternalStore } from 'react';
import { isSectionId, type SectionId } from '../sections';

// Routes live in the URL hash (`#/settings`): a reload lands on the same screen through the
// loopback host and Electron's custom protocol alike, and neither needs to know any route.

const fallback: SectionId = 'dashboard';

export function sectionHref(id: SectionId): string {
  return `#/${id}`;
}

function sectionFromHash(hash: string): SectionId | null {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isSectionId(id) ? id : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section named by the hash; an empty or unknown hash shows the dashboard. */
export function useCurrentSection(): SectionId {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash) ?? fallback);
}

export function navigateTo(id: SectionId): void {
  window.location.hash = sectionHref(id);
}
