import { useId, type ReactNode } from 'react';

interface CardProps {
  title: string;
  /** Right of the title, e.g. a link to where the data is edited. */
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled panel; a labelled region, so its title is a landmark for screen-reader users. */
export function Card({ title, action, className, children }: CardProps) {
  const titleId = useId();
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={titleId}>
      <div className="card__header">
        <h2 className="card__title" id={titleId}>
          {title}
        </h2>
        {action}
      </div>
      <div className="card__body">{children}</div>
    </section>
  );
}
