import { NavIcon } from '../../app/nav-icons';
import { sectionById } from '../../app/sections';
import { ScreenHeader } from '../../shared/components/ScreenHeader';
import { upcomingSections, type UpcomingSectionId } from './upcoming-sections';

/** The empty state of a screen not built yet: says specifically what it will hold, shows no data. */
export function UpcomingSectionScreen({ id }: { id: UpcomingSectionId }) {
  const { label } = sectionById(id);
  const { purpose, contents, clauses } = upcomingSections[id];
  return (
    <>
      <ScreenHeader title={label} description={purpose} />
      <div className="upcoming">
        <div className="upcoming__panel">
          <div className="upcoming__top">
            <span className="upcoming__icon">
              <NavIcon id={id} />
            </span>
            <span className="badge badge--neutral">Not available yet</span>
          </div>
          <h2 className="upcoming__title">What you will keep here</h2>
          <ul className="upcoming__list">
            {contents.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p className="upcoming__note">
            This part of Clausebook is still being built. Nothing is recorded here yet, and nothing in this
            workspace is lost in the meantime.
          </p>
        </div>
        <section className="upcoming__clauses" aria-labelledby={`${id}-clauses`}>
          <h2 className="upcoming__clauses-title" id={`${id}-clauses`}>
            ISO/IEC 20000-1:2018 clauses
          </h2>
          <ul className="clause-list">
            {clauses.map((clause) => (
              <li key={clause.ref} className="clause-list__item">
                <span className="clause-list__ref">{clause.ref}</span>
                <span className="clause-list__title">{clause.title}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
