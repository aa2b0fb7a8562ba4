import type { MouseEvent } from 'react';

/**
 * The first stop for Tab. It focuses the main region by script: following `#main` as a link would
 * replace the hash route.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      Skip to main content
    </a>
  );
}
