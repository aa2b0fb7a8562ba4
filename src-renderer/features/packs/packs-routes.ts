/** `#/packs` exports packs and lists them; `#/packs/verify` checks a pack someone was given. */
export const packsHref = '#/packs';
export const verifyHref = '#/packs/verify';

export type PacksView = 'export' | 'verify';

export function packsView(segments: readonly string[]): PacksView {
  return segments[0] === 'verify' ? 'verify' : 'export';
}
