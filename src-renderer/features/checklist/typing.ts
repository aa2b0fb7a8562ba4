/** Whether a key pressed at `target` types text (or picks an option), so it must not act as a shortcut. */
export function typesText(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['radio', 'checkbox', 'button', 'submit'].includes(target.type)) ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
