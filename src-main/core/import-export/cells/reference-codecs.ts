import type { RecordRegister } from '../../registers/specs';
import { cellText } from './cell-text';
import { failure, success, type Codec, type PartCodec } from './codec';
import { readListCell, writeListCell } from './list-cell';

/** A record of another register, named by its code or its name; written as its code. */
export function referenceCodec(register: RecordRegister): Codec<string | null> {
  return {
    read(cell, context) {
      const text = cellText(cell).trim();
      return text === '' ? success(null) : context.resolve(register, text);
    },
    write: (id, context) => (id === null ? '' : context.codeOf(register, id)),
  };
}

/** Several records of a register, separated by ";" or line breaks; each named once. */
export function referenceListCodec(register: RecordRegister): Codec<string[]> {
  return {
    read(cell, context) {
      const list = readListCell(cellText(cell), { parts: false });
      if (!list.ok) return list;
      const ids: string[] = [];
      const problems: string[] = [];
      for (const [text = ''] of list.items) {
        const found = context.resolve(register, text);
        if (!found.ok) problems.push(found.message);
        else if (!ids.includes(found.value)) ids.push(found.value);
      }
      return problems.length > 0 ? failure(problems.join('; ')) : success(ids);
    },
    write: (ids, context) => writeListCell(ids.map((id) => [context.codeOf(register, id)])),
  };
}

/** A reference as one part of a list item, e.g. the supplier that operates a component. */
export function referencePart(register: RecordRegister, label: string): PartCodec<string | null> {
  return {
    label,
    read: (text, context) => (text.trim() === '' ? success(null) : context.resolve(register, text.trim())),
    write: (id, context) => (id === null ? '' : context.codeOf(register, id)),
  };
}
