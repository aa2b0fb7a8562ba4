import type { ReactElement } from 'react';
import type { SectionId } from './sections';

// Drawn on a 20×20 grid with 1.5px strokes (stroke colour from CSS), so they sit with Inter at 14px.
const paths: Record<SectionId, ReactElement> = {
  dashboard: (
    <>
      <rect x="3" y="3" width="6" height="7" rx="1.5" />
      <rect x="11" y="3" width="6" height="4" rx="1.5" />
      <rect x="11" y="9" width="6" height="8" rx="1.5" />
      <rect x="3" y="12" width="6" height="5" rx="1.5" />
    </>
  ),
  checklist: (
    <>
      <path d="M3.5 5.5l1.5 1.5 2.5-3M3.5 12.5l1.5 1.5 2.5-3" />
      <path d="M10 5.5h6.5M10 12.5h6.5" />
    </>
  ),
  services: (
    <>
      <path d="M10 2.8l6.5 3.6-6.5 3.6-6.5-3.6z" />
      <path d="M3.5 10l6.5 3.6 6.5-3.6M3.5 13.6l6.5 3.6 6.5-3.6" />
    </>
  ),
  customers: (
    <>
      <circle cx="8" cy="7" r="3" />
      <path d="M2.8 16.5c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3" />
      <path d="M13 4.3a3 3 0 010 5.4M15 12.6c1.2.7 2 2 2.2 3.9" />
    </>
  ),
  suppliers: (
    <>
      <path d="M2.5 5.5h9v8h-9z" />
      <path d="M11.5 8.5h3.2l2.8 2.8v2.2h-6" />
      <circle cx="6" cy="15" r="1.7" />
      <circle cx="14.5" cy="15" r="1.7" />
    </>
  ),
  agreements: (
    <>
      <path d="M5 2.8h7l3.5 3.5v10.9H5z" />
      <path d="M11.8 2.8v3.7h3.7M7.8 10.5h5M7.8 13.5h3.2" />
    </>
  ),
  evidence: (
    <>
      <path d="M16.3 9.6l-6 6a3.8 3.8 0 01-5.4-5.4l6.4-6.4a2.5 2.5 0 013.6 3.6l-6.3 6.3a1.3 1.3 0 01-1.8-1.8l5.7-5.7" />
    </>
  ),
  findings: (
    <>
      <path d="M4.5 17.5V3" />
      <path d="M4.5 3.5h10l-2 3.5 2 3.5h-10" />
    </>
  ),
  packs: (
    <>
      <path d="M3 6.5l7-3.5 7 3.5v7.5l-7 3.5-7-3.5z" />
      <path d="M3 6.5l7 3.5 7-3.5M10 10v7.5" />
    </>
  ),
  settings: (
    <>
      <path d="M3 5.5h8M15 5.5h2M3 10h2M9 10h8M3 14.5h6M13 14.5h4" />
      <circle cx="13" cy="5.5" r="2" />
      <circle cx="7" cy="10" r="2" />
      <circle cx="11" cy="14.5" r="2" />
    </>
  ),
};

export function NavIcon({ id }: { id: SectionId }) {
  return (
    <svg className="nav-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {paths[id]}
    </svg>
  );
}
