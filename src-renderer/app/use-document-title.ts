import { useEffect } from 'react';

/**
 * "Settings · Harbourline Managed Services Ltd — Clausebook": the window title and the task switcher
 * say where you are. Empty parts are left out. Only one screen that sets a title is mounted at a time.
 */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const place = parts.filter(Boolean).join(' · ');
  useEffect(() => {
    document.title = place ? `${place} — Clausebook` : 'Clausebook';
  }, [place]);
}
