import type { AssessmentStatus, NextUnassessed } from '../../api/schemas/assessment';
import { requireItem, type LibraryIndex } from './library-index';

/**
 * The guided flow's "next": the first item after `afterItemId`, in the library's document order,
 * that is not assessed yet. Past the last item it starts again from the first, so an item skipped
 * earlier is not lost; null once every item is assessed. From the first item when `afterItemId` is null.
 */
export function nextUnassessed(
  index: LibraryIndex,
  statusOf: (itemId: string) => AssessmentStatus,
  afterItemId: string | null,
): NextUnassessed {
  const start = afterItemId === null ? 0 : requireItem(index, afterItemId, ['afterItemId']).position + 1;
  const count = index.items.length;
  for (let step = 0; step < count; step += 1) {
    const position = start + step;
    const entry = index.items[position % count]!;
    if (statusOf(entry.item.id) === 'not_assessed') {
      return { itemId: entry.item.id, clauseNumber: entry.clause.number, wrapped: position >= count };
    }
  }
  return null;
}
