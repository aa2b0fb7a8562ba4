/** Whether keys should be labelled the Mac way (⌘, ⌥). Only labels depend on it, never behaviour. */
export const isMac = /Mac/.test(navigator.userAgent);
