import type { ReactNode } from 'react';

export const SCREEN_HEADING_ID = 'screen-heading';

interface ScreenHeaderProps {
  title: string;
  description?: ReactNode;
  /** Right-aligned, e.g. a status badge. */
  aside?: ReactNode;
}

/**
 * The top of every screen. The heading can take focus (tabIndex -1) so that after navigation the
 * shell moves focus here and a screen reader announces the new screen.
 */
export function ScreenHeader({ title, description, aside }: ScreenHeaderProps) {
  return (
    <div className="screen-header">
      <div className="screen-header__text">
        <h1 id={SCREEN_HEADING_ID} className="screen-header__title" tabIndex={-1}>
          {title}
        </h1>
        {description && <p className="screen-header__description">{description}</p>}
      </div>
      {aside && <div className="screen-header__aside">{aside}</div>}
    </div>
  );
}
