import { dateCellToCalendarDate, serialToCalendarDate } from '../table/excel-dates';
import { cellText, quoted } from './cell-text';
import { failure, success, type Codec } from './codec';
import { enumReader, type EnumLabels } from './enum-labels';
import { parseBooleanText, parseDateText, parseNumberText } from './text-parsers';

/** Free text; the register schema trims it and checks its length. */
export const textCodec: Codec<string> = {
  read: (cell) => success(cellText(cell)),
  write: (value) => value,
};

/** A number, or nothing (null) when the cell is empty. */
export const numberCodec: Codec<number | null> = {
  read(cell) {
    if (typeof cell === 'number') return success(cell);
    if (cell instanceof Date || typeof cell === 'boolean')
      return failure(`${quoted(cellText(cell))} is not a number.`);
    return parseNumberText(cell ?? '');
  },
  write: (value) => value ?? '',
};

/**
 * A calendar date, or null. A workbook gives date cells, or day numbers when the cell is not
 * formatted as a date; CSV gives text.
 */
export const dateCodec: Codec<string | null> = {
  read(cell, context) {
    if (cell instanceof Date) return success(dateCellToCalendarDate(cell));
    if (typeof cell === 'number') {
      const date = serialToCalendarDate(cell, context.date1904);
      return date === null ? failure(`${cell} is not a date Excel knows.`) : success(date);
    }
    if (typeof cell === 'boolean') return failure(`${quoted(cellText(cell))} is not a date.`);
    return parseDateText(cell ?? '');
  },
  write: (value) => (value === null ? '' : { date: value }),
};

/** Yes or no; an empty cell is no. */
export const booleanCodec: Codec<boolean> = {
  read(cell) {
    if (typeof cell === 'boolean') return success(cell);
    return parseBooleanText(cellText(cell));
  },
  write: (value) => (value ? 'Yes' : 'No'),
};

/**
 * One of a fixed set of values, written with its label. An empty cell gives `empty`: undefined
 * where the schema has a default or requires a choice (so its own message applies), null where
 * the field may be left open.
 */
export function choiceCodec<V extends string, E extends null | undefined>(
  choice: EnumLabels<V>,
  empty: E,
): Codec<V | E> {
  const read = enumReader(choice);
  return {
    read(cell) {
      const text = cellText(cell).trim();
      return text === '' ? success(empty) : read(text);
    },
    write: (value) => (value === null || value === undefined ? '' : choice.labels[value as V]),
  };
}
