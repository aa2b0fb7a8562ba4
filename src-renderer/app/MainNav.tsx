import { NavIcon } from './nav-icons';
import { sectionHref } from './router/hash-route';
import { footerSectionId, navGroups, sectionById, type SectionId } from './sections';
import { shortcutLabel } from './shortcuts';

function NavLink({ id, current }: { id: SectionId; current: SectionId }) {
  const section = sectionById(id);
  return (
    <li>
      <a
        className="nav-link"
        href={sectionHref(id)}
        aria-current={id === current ? 'page' : undefined}
        aria-keyshortcuts={`Alt+${section.shortcutDigit}`}
      >
        <NavIcon id={id} />
        <span className="nav-link__label">{section.label}</span>
        <kbd className="nav-link__shortcut" aria-hidden="true">
          {shortcutLabel(section.shortcutDigit)}
        </kbd>
      </a>
    </li>
  );
}

/** The main navigation. Plain links to hash routes, so Tab, Enter and the browser's history all just work. */
export function MainNav({ current }: { current: SectionId }) {
  return (
    <nav className="main-nav" aria-label="Main">
      {navGroups.map((group) => (
        <div className="main-nav__group" key={group.ids.join()}>
          {group.label && (
            <p className="main-nav__group-label" id={`nav-group-${group.label}`}>
              {group.label}
            </p>
          )}
          <ul
            className="main-nav__list"
            aria-labelledby={group.label ? `nav-group-${group.label}` : undefined}
          >
            {group.ids.map((id) => (
              <NavLink key={id} id={id} current={current} />
            ))}
          </ul>
        </div>
      ))}
      <ul className="main-nav__list main-nav__list--footer">
        <NavLink id={footerSectionId} current={current} />
      </ul>
    </nav>
  );
}
