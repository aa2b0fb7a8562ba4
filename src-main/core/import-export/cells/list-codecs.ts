import { cellText } from './cell-text';
import { failure, success, type Codec, type PartCodec, type Read } from './codec';
import { enumReader, type EnumLabels } from './enum-labels';
import { readListCell, writeListCell } from './list-cell';
import { parseDateText } from './text-parsers';

/** Several texts in one cell (document links), separated by ";" or line breaks. */
export const textListCodec: Codec<string[]> = {
  read(cell) {
    const list = readListCell(cellText(cell), { parts: false });
    return list.ok ? success(list.items.map(([text = '']) => text)) : list;
  },
  write: (texts) => writeListCell(texts.map((text) => [text])),
};

type Parts<T> = { [K in keyof T]: PartCodec<T[K]> };

/**
 * A list of small records in one cell, one per item, their fields as the parts of the item in a
 * fixed order: contacts as "name|role|email|phone". Missing trailing parts are empty.
 */
export function itemListCodec<T extends object>(parts: Parts<T>): Codec<T[]> {
  const fields = Object.entries(parts) as [keyof T & string, PartCodec<unknown>][];
  const shape = fields.map(([, part]) => part.label).join('|');
  return {
    read(cell, context) {
      const list = readListCell(cellText(cell), { parts: true });
      if (!list.ok) return list;
      const items: T[] = [];
      const problems: string[] = [];
      list.items.forEach((texts, index) => {
        if (texts.length > fields.length) {
          problems.push(
            `item ${index + 1} has ${texts.length} parts; write at most ${fields.length}: ${shape}.`,
          );
          return;
        }
        const item: Record<string, unknown> = {};
        for (const [position, [field, part]] of fields.entries()) {
          const read: Read<unknown> = part.read(texts[position] ?? '', context);
          if (read.ok) item[field] = read.value;
          else problems.push(`item ${index + 1}, ${part.label}: ${read.message}`);
        }
        items.push(item as T);
      });
      return problems.length > 0 ? failure(problems.join(' ')) : success(items);
    },
    write: (items, context) =>
      writeListCell(items.map((item) => fields.map(([field, part]) => part.write(item[field], context)))),
  };
}

export function textPart(label: string): PartCodec<string> {
  return { label, read: (text) => success(text), write: (text) => text };
}

export function datePart(label: string): PartCodec<string | null> {
  return { label, read: (text) => parseDateText(text), write: (date) => date ?? '' };
}

/** A choice as a part; an empty part is left to the schema's default. */
export function choicePart<V extends string>(label: string, choice: EnumLabels<V>): PartCodec<V | undefined> {
  const read = enumReader(choice);
  return {
    label,
    read: (text) => (text.trim() === '' ? success(undefined) : read(text)),
    write: (value) => (value === undefined ? '' : choice.labels[value]),
  };
}
