import type { Clause, ClauseLibrary } from '../../api/schemas/clause-library';
import { walkClauses, walkItems } from '../../core/clauses/clause-tree';
import { EXIT_OK, type Command } from '../command';

const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 60;
const INDENT = '  ';

export const clausesCommand: Command = {
  name: 'clauses',
  summary: 'Print a clause library: every clause and, under it, the requirement items to assess.',
  usage: 'clausebook clauses [--json] [--library ID]',
  help: [
    '  --json        print the whole library (clauses, items, guidance, typical evidence) as JSON',
    '  --library ID  the library to print; by default iso20000-1-2018 (ISO/IEC 20000-1:2018, English)',
  ].join('\n'),
  options: { json: { type: 'boolean' }, library: { type: 'string' } },
  positionals: [],
  async run({ values }, runtime, io) {
    const id = typeof values.library === 'string' ? values.library : undefined;
    const library = await runtime.call('clauses.library', id === undefined ? {} : { id });
    if (values.json) io.out(JSON.stringify(library, null, 2));
    else for (const line of formatLibrary(library, outputWidth())) io.out(line);
    return EXIT_OK;
  },
};

/** The terminal's width when printing to one, else 100 columns. */
function outputWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return Math.max(MIN_WIDTH, columns ?? DEFAULT_WIDTH);
}

/** The library as an indented tree: each clause, then its items' ids and wrapped summaries. */
function formatLibrary(library: ClauseLibrary, width: number): string[] {
  const clauses = [...walkClauses(library.clauses)].length;
  const items = [...walkItems(library.clauses)].length;
  return [
    library.title,
    `${library.standard.name}:${library.standard.edition}, library ${library.id} ${library.version} (${library.locale}): ` +
      `${clauses} clauses, ${items} requirement items`,
    ...library.clauses.flatMap((clause) => ['', ...formatClause(clause, 0, width)]),
  ];
}

function formatClause(clause: Clause, depth: number, width: number): string[] {
  const indent = INDENT.repeat(depth);
  const idWidth = Math.max(0, ...clause.items.map((item) => item.id.length)) + 2;
  const itemIndent = indent + INDENT;
  return [
    ...wrap(clause.title, `${indent}${clause.number} `, indent + ' '.repeat(clause.number.length + 1), width),
    ...clause.items.flatMap((item) =>
      wrap(item.summary, itemIndent + item.id.padEnd(idWidth), itemIndent + ' '.repeat(idWidth), width),
    ),
    ...clause.clauses.flatMap((child) => formatClause(child, depth + 1, width)),
  ];
}

/** Word-wraps text to the width: the first line after `first`, the rest after `rest`. */
function wrap(text: string, first: string, rest: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true; // nothing of the text on this line yet
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
