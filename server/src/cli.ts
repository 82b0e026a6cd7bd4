import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, type Analysis } from './rules/analyze';
import { RULES } from './rules/index';
import type { Finding, Severity } from './rules/types';
import { buildModel } from './model/buildModel';
import type { DisclosureModel, Section } from './model/types';
import type { UnreadLayout } from './syntax/types';
import { localize, toLocale, type Locale } from './util/i18n';
import { convertBytes, formatSource, isConverted, joinResults, sourceAt, CONVERTED_EXTENSIONS, type ConvertResult, type SourceMap } from './convert/index';

const VERSION = '0.1.0';
const USAGE = `Usage:
  budget-disclosure check [--format text|json|sarif] [--locale zh-CN|en] [--exit-zero] [--join] PATH...
  budget-disclosure convert FILE... [-o OUT]
  budget-disclosure inspect [--format text|json] FILE

check     reports every finding in the files and folders given (folders are searched for
          .txt, .md, .disclosure, .html, .pdf, .docx and .xlsx files). A PDF, Word or Excel file is read as
          its canonical text; each finding also names its page (or sheet!cell, paragraph, table).
          --join checks the files given as one document (a disclosure published as a narrative PDF and a
          tables PDF). Exit 0: no error; 1: errors found; 2: usage or IO error, or a file that cannot be read.
          --exit-zero exits 0 even when errors are found (the findings are still printed).
convert   writes the canonical text of a PDF, DOCX or XLSX file (several files: joined) to OUT, or to
          standard output; the text is an ordinary disclosure text that every editor can check.
inspect   prints the recognized structure: sections, and each table's kind, title, unit, year, org,
          columns, row count and the lines of each piece.`;

const EXTENSIONS = new Set(['.txt', '.md', '.disclosure', '.html', '.htm', ...CONVERTED_EXTENSIONS]);

class UsageError extends Error {}

interface Options {
  format: string;
  locale: Locale;
  exitZero: boolean;
  join: boolean;
  out?: string;
  paths: string[];
}

function parseArgs(args: string[], formats: string[]): Options {
  const o: Options = { format: 'text', locale: toLocale(process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN'), exitZero: false, join: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      o.format = value('--format');
      if (!formats.includes(o.format)) throw new UsageError(`unknown format "${o.format}" (use ${formats.join(', ')})`);
    } else if (a === '--locale' || a.startsWith('--locale=')) {
      const l = value('--locale');
      if (l !== 'zh-CN' && l !== 'en') throw new UsageError(`unknown locale "${l}" (use zh-CN or en)`);
      o.locale = l;
    } else if (a === '--exit-zero') o.exitZero = true;
    else if (a === '--join') o.join = true;
    else if (a === '-o' || a === '--out' || a.startsWith('--out=')) o.out = value('-o');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  return o;
}

/** Files named directly, and the disclosure-like files under each folder (sorted, recursively). */
function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (EXTENSIONS.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new IoError(`cannot read "${p}": no such file or folder`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

class IoError extends Error {}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new IoError(`cannot read "${path}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '舍入' };

function pos(a: Analysis, offset: number) {
  const p = a.model.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

async function check(args: string[]): Promise<number> {
  const o = parseArgs(args, ['text', 'json', 'sarif']);
  if (o.paths.length === 0) throw new UsageError('check needs at least one file or folder');
  const files = collectFiles(o.paths);
  const docs = await loadDocuments(files, o.join);
  const results = docs.filter((d) => d.text !== undefined).map((d) => ({ file: d.file, analysis: analyze(d.text!), source: d.source }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.analysis.findings) counts[f.severity]++;
  const unreadable = reportConversionProblems(docs, o.locale);

  if (o.format === 'json') {
    const json = {
      version: VERSION,
      files: results.map(({ file, analysis, source }) => ({
        file,
        findings: analysis.findings.map((f) => withSource(findingJson(analysis, f, o.locale), source, f.span.start, o.locale)),
      })),
      summary: counts,
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else if (o.format === 'sarif') {
    process.stdout.write(JSON.stringify(sarif(results, o.locale), null, 2) + '\n');
  } else {
    for (const { file, analysis, source } of results) {
      const shown = relative(process.cwd(), file) || file;
      process.stdout.write(`\n${shown}\n`);
      if (analysis.findings.length === 0) process.stdout.write(o.locale === 'en' ? '  no findings\n' : '  未发现问题\n');
      for (const f of analysis.findings) {
        const p = pos(analysis, f.span.start);
        const sev = o.locale === 'en' ? f.severity : SEVERITY_ZH[f.severity];
        process.stdout.write(`  ${shown}:${p.line}:${p.column}${sourceColumn(source, f.span.start, o.locale)}  ${sev.padEnd(o.locale === 'en' ? 7 : 2)}  ${f.ruleId.padEnd(6)} ${localize(f.message, o.locale)}\n`);
      }
      for (const fail of analysis.failures) process.stdout.write(`  (rule ${fail.ruleId} failed: ${fail.error})\n`);
    }
    const summary = SEVERITY_ORDER.map((s) => `${counts[s]} ${o.locale === 'en' ? s + (counts[s] === 1 ? '' : 's') : SEVERITY_ZH[s]}`).join(', ');
    process.stdout.write(`\n${o.locale === 'en' ? `${docs.length} files: ` : `${docs.length} 个文件：`}${summary}\n`);
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 && !o.exitZero ? 1 : 0;
}

// ---- Converted documents (PDF, DOCX, XLSX): loading, --join, the page column ----

interface LoadedDocument {
  file: string;
  /** The canonical text; undefined when the file could not be read (see problems). */
  text?: string;
  source?: { map: SourceMap; files: string[] };
  problems: ConvertResult['problems'];
}

/** Where pdfjs's CMaps and standard fonts are: beside the bundle (dist/pdfjs/), or in node_modules when run from source. */
export function pdfAssets(): { cMapUrl?: string; standardFontDataUrl?: string } {
  const candidates = [join(__dirname, 'pdfjs'), join(__dirname, '..', 'dist', 'pdfjs')];
  try {
    candidates.push(dirname(require.resolve('pdfjs-dist/package.json')));
  } catch {
    // bundled without node_modules: dist/pdfjs is the only place
  }
  for (const dir of candidates) {
    if (existsSync(join(dir, 'cmaps'))) return { cMapUrl: join(dir, 'cmaps') + '/', standardFontDataUrl: join(dir, 'standard_fonts') + '/' };
  }
  return {};
}

async function convertFile(file: string, index?: number): Promise<ConvertResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (err) {
    throw new IoError(`cannot read "${file}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return convertBytes(bytes, file, pdfAssets(), index);
}

/** Reads each file (converting PDF, DOCX, XLSX); with --join, all of them as one document. */
async function loadDocuments(files: string[], join: boolean): Promise<LoadedDocument[]> {
  if (join && files.length > 1) {
    const parts: ConvertResult[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      if (isConverted(f)) parts.push(await convertFile(f, i));
      else {
        const text = readText(f);
        parts.push({ format: 'text', text, sourceMap: { offsets: [0], points: [{ file: i }] }, problems: [] });
      }
    }
    const joined = joinResults(parts);
    const fatal = parts.some((p) => p.problems.some((x) => x.fatal));
    return [{ file: files.join(' + '), text: fatal ? undefined : joined.text, source: { map: joined.sourceMap, files: files.map((f) => basename(f)) }, problems: joined.problems }];
  }
  const out: LoadedDocument[] = [];
  for (const f of files) {
    if (!isConverted(f)) {
      out.push({ file: f, text: readText(f), problems: [] });
      continue;
    }
    const r = await convertFile(f);
    const fatal = r.problems.some((p) => p.fatal);
    out.push({ file: f, text: fatal ? undefined : r.text, source: { map: r.sourceMap, files: [basename(f)] }, problems: r.problems });
  }
  return out;
}

/** Prints each conversion problem on stderr; returns how many files could not be read at all. */
function reportConversionProblems(docs: LoadedDocument[], locale: Locale): number {
  let unreadable = 0;
  for (const d of docs) {
    for (const p of d.problems) process.stderr.write(`budget-disclosure: ${relative(process.cwd(), d.file) || d.file}: ${localize(p.message, locale)}\n`);
    if (d.text === undefined) unreadable++;
  }
  return unreadable;
}

/** " (第 3 页)" beside a finding's line in a converted document; nothing for a text file. */
function sourceColumn(source: LoadedDocument['source'], offset: number, locale: Locale): string {
  if (!source) return '';
  const label = formatSource(sourceAt(source.map, offset), locale, source.files);
  return label ? ` (${label})` : '';
}

function withSource<T extends object>(json: T, source: LoadedDocument['source'], offset: number, locale: Locale): T {
  if (!source) return json;
  const p = sourceAt(source.map, offset);
  if (!p) return json;
  return { ...json, source: { ...p, ...(p.file !== undefined ? { fileName: source.files[p.file] } : {}), label: formatSource(p, locale, source.files) } };
}

async function convert(args: string[]): Promise<number> {
  const o = parseArgs(args, ['text']);
  if (o.paths.length === 0) throw new UsageError('convert needs a PDF, DOCX or XLSX file');
  const parts: ConvertResult[] = [];
  for (let i = 0; i < o.paths.length; i++) {
    const f = o.paths[i];
    if (!isConverted(f)) throw new UsageError(`convert reads .pdf, .docx and .xlsx files, not "${f}"`);
    parts.push(await convertFile(f, o.paths.length > 1 ? i : undefined));
  }
  const r = parts.length === 1 ? parts[0] : joinResults(parts);
  for (const p of r.problems) process.stderr.write(`budget-disclosure: ${localize(p.message, o.locale)}\n`);
  if (r.problems.some((p) => p.fatal)) return 2;
  if (o.out) {
    try {
      writeFileSync(o.out, r.text);
    } catch (err) {
      throw new IoError(`cannot write "${o.out}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    }
  } else process.stdout.write(r.text);
  return 0;
}

function findingJson(a: Analysis, f: Finding, locale: Locale) {
  const s = pos(a, f.span.start);
  const e = pos(a, f.span.end);
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: localize(f.message, locale),
    startLine: s.line,
    startColumn: s.column,
    endLine: e.line,
    endColumn: e.column,
    ...(f.data ? { data: f.data } : {}),
    fixes: f.fixes.map((x) => ({ title: localize(x.title, locale), newText: x.newText, startLine: pos(a, x.span.start).line, startColumn: pos(a, x.span.start).column, endLine: pos(a, x.span.end).line, endColumn: pos(a, x.span.end).column })),
    related: f.related.map((r) => ({ message: localize(r.message, locale), line: pos(a, r.span.start).line, column: pos(a, r.span.start).column })),
  };
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function sarif(results: Array<{ file: string; analysis: Analysis; source?: LoadedDocument['source'] }>, locale: Locale) {
  const region = (a: Analysis, start: number, end: number) => {
    const s = pos(a, start);
    const e = pos(a, end);
    return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'budget-disclosure',
            version: VERSION,
            informationUri: 'https://github.com/budget-disclosure/budget-disclosure',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: localize(r.description, locale) },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
              helpUri: `https://github.com/budget-disclosure/budget-disclosure/blob/main/README.md#rule-${r.id.toLowerCase()}`,
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, analysis, source }) =>
          analysis.findings.map((f) => ({
            ruleId: f.ruleId,
            level: SARIF_LEVEL[f.severity],
            message: { text: localize(f.message, locale) + sourceColumn(source, f.span.start, locale) },
            ...(source ? { properties: { source: sourceAt(source.map, f.span.start) ?? null } } : {}),
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(resolve(file)).href },
                  region: region(analysis, f.span.start, f.span.end),
                },
              },
            ],
            ...(f.related.length
              ? {
                  relatedLocations: f.related.map((r, i) => ({
                    id: i + 1,
                    message: { text: localize(r.message, locale) },
                    physicalLocation: { artifactLocation: { uri: pathToFileURL(resolve(file)).href }, region: region(analysis, r.span.start, r.span.end) },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

const UNREAD_LAYOUT: Record<UnreadLayout, string> = {
  spaced: 'aligned with spaces',
  raw: 'cells in reading order',
  joined: 'cells joined by single spaces',
};

/** The recognized structure of a document, as `inspect --format json` prints it (documented in the README). */
export function inspectJson(model: DisclosureModel, file: string) {
  const line = (offset: number) => model.lines.lineAt(offset) + 1;
  const section = (s: Section): unknown => ({
    title: s.title,
    numbering: s.numbering,
    level: s.level,
    line: s.line + 1,
    ...(s.topic ? { topic: s.topic } : {}),
    children: s.children.map(section),
  });
  return {
    file: basename(file),
    kind: model.kind ?? null,
    year: model.year ?? null,
    org: model.org ?? null,
    sections: model.sections.map(section),
    tables: model.tables.map((t) => ({
      id: t.id,
      kind: t.kind,
      title: t.title,
      titleLine: t.titleLine !== undefined ? t.titleLine + 1 : null,
      unit: t.unit?.value ?? null,
      year: t.year?.value ?? null,
      org: t.org ? `${t.org.code ?? ''}${t.org.name}` : null,
      asOf: t.asOf?.value ?? null,
      columns: t.columns.map((c) => ({ index: c.index, lanci: c.lanci ?? null, header: c.header, role: c.role ?? null })),
      rows: t.rows.length,
      empty: t.empty,
      pieces: t.pieces.map((p) => ({ startLine: p.line + 1, endLine: p.endLine + 1 })),
      notes: t.notes.map((n) => ({ line: n.line + 1, text: n.value })),
      ...(t.performance
        ? {
            performance: {
              project: t.performance.projectName?.value ?? null,
              budget: t.performance.budget?.text || null,
              indicators: t.performance.indicators.length,
              plan: t.performance.plan ? t.performance.plan.values.map((v) => v.text) : null,
            },
          }
        : {}),
      span: { startLine: line(t.span.start), endLine: line(t.span.end) },
    })),
    // Tables found but not split into columns (aligned with spaces, in reading order, joined by spaces): rule S02.
    unreadTables: model.parsed.problems
      .filter((p) => p.layout)
      .map((p) => ({
        title: p.title?.text ?? null,
        layout: p.layout,
        rows: p.rows ?? 0,
        span: { startLine: line(p.span.start), endLine: line(p.span.end) },
      })),
  };
}

async function inspect(args: string[]): Promise<number> {
  const o = parseArgs(args, ['text', 'json']);
  if (o.paths.length !== 1) throw new UsageError('inspect needs exactly one file');
  const file = o.paths[0];
  const [doc] = await loadDocuments([file], false);
  if (reportConversionProblems([doc], o.locale) > 0) return 2;
  const model = buildModel(doc.text!);
  const json = inspectJson(model, file);
  if (o.format === 'json') {
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  const out: string[] = [];
  out.push(`${json.file}: ${json.kind ?? '?'} ${json.year ?? '?'} ${model.org ? `${model.org.code ?? ''}${model.org.name}` : ''}`.trimEnd());
  out.push('', 'sections:');
  const walk = (list: readonly Section[], depth: number) => {
    for (const s of list) {
      out.push(`${'  '.repeat(depth + 1)}L${s.line + 1} ${s.numbering}${s.title}${s.topic ? `  [${s.topic}]` : ''}`);
      walk(s.children, depth + 1);
    }
  };
  walk(model.sections, 0);
  out.push('', 'tables:');
  for (const t of json.tables) {
    const pieces = t.pieces.map((p) => `L${p.startLine}-${p.endLine}`).join(', ');
    out.push(`  ${t.id.padEnd(9)} ${t.title || '(untitled)'}`);
    out.push(`            unit ${t.unit ?? '-'} · year ${t.year ?? '-'} · org ${t.org ?? '-'} · ${t.rows} rows${t.empty ? ' · empty' : ''} · pieces ${pieces}`);
    const roles = t.columns.filter((c) => c.role).map((c) => `${c.lanci ?? c.index}:${c.role}`).join(' ');
    if (roles) out.push(`            columns ${roles}`);
    if ('performance' in t && t.performance) {
      out.push(`            project ${t.performance.project ?? '-'} · 预算数 ${t.performance.budget ?? '-'} · ${t.performance.indicators} indicators${t.performance.plan ? ` · plan ${t.performance.plan.join(' / ')}` : ''}`);
    }
  }
  if (json.unreadTables.length > 0) {
    out.push('', 'unread tables (not reconciled):');
    for (const u of json.unreadTables) {
      out.push(`  L${u.span.startLine}-${u.span.endLine} ${u.title ?? '(untitled)'} · ${UNREAD_LAYOUT[u.layout!]} · ${u.rows} rows`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'convert') return await convert(rest);
    if (command === 'inspect') return await inspect(rest);
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (err) {
    if (err instanceof UsageError || err instanceof IoError) {
      process.stderr.write(`budget-disclosure: ${err.message}\n`);
      if (err instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`budget-disclosure: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
