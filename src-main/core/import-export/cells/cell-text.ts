import { dateCellToText } from '../table/excel-dates';
import type { Cell } from '../table/table';

/** A cell as the text a user sees in it: what text columns store and what messages quote. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return dateCellToText(cell);
}

/** A value quoted in a message, shortened so one bad cell cannot flood the report. */
export function quoted(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}"`;
}
