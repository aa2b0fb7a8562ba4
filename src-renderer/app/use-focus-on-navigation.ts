import { useEffect, useRef } from 'react';
import { SCREEN_HEADING_ID } from '../shared/components/ScreenHeader';

/**
 * After the user moves to another screen, put focus on the new screen's heading: a screen reader
 * announces where they are, and the next Tab starts at the top of the new content. The first render
 * leaves focus where the browser put it. `screen` names the screen; routes that only change what a
 * screen shows (another tab of the same list) keep the same name, and focus stays where it is.
 */
export function useFocusOnNavigation(screen: string): void {
  const previous = useRef(screen);
  useEffect(() => {
    if (previous.current === screen) return;
    previous.current = screen;
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [screen]);
}
