import { useEffect, useRef } from 'react';
import { SCREEN_HEADING_ID } from '../shared/components/ScreenHeader';
import type { SectionId } from './sections';

/**
 * After the user moves to another section, put focus on the new screen's heading: a screen reader
 * announces where they are, and the next Tab starts at the top of the new content. The first render
 * leaves focus where the browser put it.
 */
export function useFocusOnNavigation(section: SectionId): void {
  const previous = useRef(section);
  useEffect(() => {
    if (previous.current === section) return;
    previous.current = section;
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [section]);
}
