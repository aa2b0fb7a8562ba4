import { useEffect } from 'react';
import { isMac } from '../shared/platform';
import { navigateTo } from './router/hash-route';
import { sections } from './sections';

/** How the shortcut is written on this platform: Option is the Alt key of a Mac keyboard. */
export function shortcutLabel(digit: string): string {
  return isMac ? `⌥${digit}` : `Alt ${digit}`;
}

function typesText(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLInputElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Alt+1 … Alt+9 and Alt+0 jump to the sections in navigation order. Alt rather than Ctrl: browsers
 * keep Ctrl+digit for switching tabs. Keys are matched by `event.code` because Alt+digit yields other
 * characters on some layouts (and on a Mac); where it would type such a character into a field, the
 * character wins.
 */
export function useSectionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const digit = /^Digit(\d)$/.exec(event.code)?.[1];
      const section = sections.find((candidate) => candidate.shortcutDigit === digit);
      if (!section || (event.key !== digit && typesText(event.target))) return;
      event.preventDefault();
      navigateTo(section.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
