// `npm run corpus`: per corpus document, the standard tables it prints, those the model finds, and those it reads
// with their columns (roles), with the space-aligned reader off (today's default) and on. Prints; asserts nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModel } from '../../server/src/model/buildModel';
import { kindOfTitle } from '../../server/src/model/tableKinds';
import { parse } from '../../server/src/syntax/parse';
import { compact } from '../../server/src/util/text';

const ROOT = existsSync(resolve(__dirname, '..', 'package.json')) ? resolve(__dirname, '..') : resolve(__dirname, '..', '..');
export const CORPUS_DIR = resolve(ROOT, '..', 'shared', 'corpus');

export interface CorpusRow {
  readonly file: string;
  /** Standard kinds (T1–T11) whose title the document prints (a title line, or a contents entry). */
  readonly printed: number;
  /** Standard kinds the model has a table of, with at least one row. */
  readonly found: number;
  /** Of those, kinds whose table has a value column with a role (so identities use it). */
  readonly read: number;
  /** Tables left unread (S02). */
  readonly unread: number;
}

/** One document's figures, with the space-aligned reader on or off. */
export function corpusRow(file: string, text: string, spacedTables: boolean): CorpusRow {
  const parsed = parse(text, { spacedTables });
  const printedKinds = new Set<string>();
  for (const b of parsed.blocks) {
    if (b.kind !== 'heading' && b.kind !== 'paragraph' && b.kind !== 'toc') continue;
    const t = compact(b.kind === 'paragraph' ? b.text : b.title);
    if (t.length > 40 || !/表(?:[（(][^）)]{1,8}[）)])?$/.test(t)) continue;
    const k = kindOfTitle(t);
    if (k && k !== 'T12') printedKinds.add(k);
  }
  const model = buildModel(text, parsed);
  const std = model.tables.filter((t) => t.kind !== 'unknown' && t.kind !== 'T12' && t.rows.length > 0);
  const read = std.filter((t) => t.columns.some((c) => c.role && !/label|code|name|project$|item|measure/i.test(c.role)));
  const unread = parsed.problems.filter((p) => p.layout).length;
  return { file, printed: printedKinds.size, found: new Set(std.map((t) => t.kind)).size, read: new Set(read.map((t) => t.kind)).size, unread };
}

function main(): void {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`no corpus at ${CORPUS_DIR}`);
    return;
  }
  const pad = (s: string | number, w: number) => String(s).padStart(w);
  console.log(`${'document'.padEnd(44)}${pad('printed', 8)} | off: ${pad('found', 5)}${pad('read', 5)}${pad('S02', 5)} | on: ${pad('found', 5)}${pad('read', 5)}${pad('S02', 5)}`);
  for (const f of readdirSync(CORPUS_DIR).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(CORPUS_DIR, f), 'utf8');
    const a = corpusRow(f, text, false);
    const b = corpusRow(f, text, true);
    console.log(`${f.padEnd(44)}${pad(a.printed, 8)} | off: ${pad(a.found, 5)}${pad(a.read, 5)}${pad(a.unread, 5)} | on: ${pad(b.found, 5)}${pad(b.read, 5)}${pad(b.unread, 5)}`);
  }
}

if (require.main === module) main();
