/** The checklist's address: `#/checklist/<itemId>`, so a reload shows the same item. */
export function checklistHref(itemId: string): string {
  return `#/checklist/${encodeURIComponent(itemId)}`;
}

/** Shows another item; `replace` keeps the browser history free of the automatic first choice. */
export function goToItem(itemId: string, { replace = false } = {}): void {
  const href = checklistHref(itemId);
  if (replace) window.location.replace(href);
  else window.location.hash = href.slice(1);
}
