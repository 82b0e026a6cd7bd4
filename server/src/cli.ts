import { statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fingerprints } from './features/fingerprint';
import { squiggleSpan } from './features/diagnostics';
import type { Span } from './util/span';
import { findUpward, MAX_CONVERTED_BYTES, pdfAssets, printablePath, readRegularBytesSync, readRegularFileSync, refusalMessage, resolveConfined, walkFiles } from './io/files';
import { analyze, type Analysis, type AnalysisOptions } from './rules/analyze';
import { CONFIG_FILE_NAMES, isIgnored } from './config/config';
import { loadConfig, type LoadedConfig, type ReadInside } from './config/load';
import { ACCEPTED_FILE_NAME, acceptedKeys, parseAccepted, type AcceptedRecord } from './config/accepted';
import { RULES } from './rules/index';
import { ruleDocUrl } from './rules/docsUrl';
import type { Finding, Severity } from './rules/types';
import { buildModel } from './model/buildModel';
import { convertBytes, formatSource, isConverted, joinResults, sourceAt, CONVERTED_EXTENSIONS, type ConvertResult, type SourceMap } from './convert/index';
import type { DisclosureModel, Section } from './model/types';
import type { UnreadLayout } from './syntax/types';
import { VERSION } from './util/version';
import { documentLocale, localize, toLocale, type Locale } from './util/i18n';

const USAGE = `Usage:
  budget-disclosure check [--format text|json|sarif] [--locale zh-CN|en] [--config FILE] [--include-rounding] [--show-accepted] [--spaced-tables] [--exit-zero] [--join] PATH...
  budget-disclosure convert FILE... [-o OUT]
  budget-disclosure inspect [--format text|json] FILE

check     reports every finding in the files and folders given (folders are searched for
          .txt, .md, .disclosure, .html, .pdf, .docx and .xlsx files). A PDF, Word or Excel file is read as
          its canonical text; each finding also names its page (or sheet!cell, paragraph, table).
          --join checks the files given as one document (a disclosure published as a narrative PDF and a
          tables PDF). Exit 0: no error; 1: errors found; 2: usage or IO error, or a file that cannot be read.
          --exit-zero exits 0 even when errors are found (the findings are still printed).
          --config FILE uses that configuration for every file; by default the nearest
          .budget-disclosure.json (or budget-disclosure.config.jsonc) above each file applies.
          Rounding gaps (R01) are counted in the text summary; --include-rounding lists them
          (JSON and SARIF always list them). Findings accepted in a .budget-disclosure.accepted.json
          beside a file are left out; --show-accepted lists them. --spaced-tables (experimental) reads the
          tables of pdftotext -layout texts, which are otherwise reported as unread (S02).
convert   writes the canonical text of a PDF, DOCX or XLSX file (several files: joined) to OUT, or to
          standard output; the text is an ordinary disclosure text that every editor can check.
inspect   prints the recognized structure: sections, and each table's kind, title, unit, year, org,
          columns, row count and the lines of each piece.`;

const EXTENSIONS = new Set(['.txt', '.md', '.disclosure', '.html', '.htm', ...CONVERTED_EXTENSIONS]);

class UsageError extends Error {}

interface Options {
  format: string;
  locale: Locale;
  /** True when --locale was given: it then wins over a configuration file's locale. */
  localeGiven: boolean;
  exitZero: boolean;
  /** --config FILE: one configuration for every file, instead of the nearest one above each. */
  config?: string;
  includeRounding: boolean;
  showAccepted: boolean;
  join: boolean;
  out?: string;
  spacedTables: boolean;
  paths: string[];
}

function parseArgs(args: string[], formats: string[]): Options {
  const o: Options = { format: 'text', locale: toLocale(process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN'), localeGiven: false, exitZero: false, includeRounding: false, showAccepted: false, join: false, spacedTables: false, paths: [] };
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
      o.localeGiven = true;
    } else if (a === '--config' || a.startsWith('--config=')) o.config = value('--config');
    else if (a === '--exit-zero') o.exitZero = true;
    else if (a === '--show-accepted') o.showAccepted = true;
    else if (a === '--join') o.join = true;
    else if (a === '--spaced-tables') o.spacedTables = true;
    else if (a === '-o' || a === '--out' || a.startsWith('--out=')) o.out = value('-o');
    else if (a === '--include-rounding') o.includeRounding = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.paths.push(a);
  }
  return o;
}

/**
 * Files named directly, and the disclosure-like files under each folder (sorted, recursively). A folder entry that
 * cannot be read (a dangling link, a link loop, a FIFO) is skipped with a warning on stderr; a path named directly
 * that cannot be read is an IO error (exit 2).
 */
function collectFiles(paths: string[], configs: Configs): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : 'no such file or folder';
      throw new IoError(`cannot read "${p}": ${why}`);
    }
    if (st.isDirectory()) {
      const { files, skipped } = walkFiles(p, (name) => EXTENSIONS.has(extname(name).toLowerCase()));
      out.push(...files.filter((f) => !configs.ignores(f)));
      for (const s of skipped) process.stderr.write(`budget-disclosure: skipped "${printablePath(s.path)}": it ${refusalMessage(s.refusal).en}\n`);
    } else out.push(p);
  }
  return out;
}

class IoError extends Error {}

/** The accepted findings recorded beside a file (config/accepted.ts); none when there is no sidecar. */
function readAccepted(file: string): AcceptedRecord {
  const r = readRegularFileSync(join(dirname(file), ACCEPTED_FILE_NAME), 4 * 1024 * 1024);
  return parseAccepted(r.ok ? r.text : undefined);
}

/** A file's text: a regular file under the size limit, opened without blocking (a FIFO is refused, never waited on). */
function readText(path: string): string {
  const r = readRegularFileSync(path);
  if (!r.ok) throw new IoError(`cannot read "${path}": it ${refusalMessage(r.refusal).en}`);
  return r.text;
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示', hint: '舍入' };

function pos(a: Analysis, offset: number) {
  const p = a.model.lines.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

/**
 * The configuration files that apply (the same ones the editor reads): `--config FILE` for every file, or the
 * nearest `.budget-disclosure.json` / `budget-disclosure.config.jsonc` above each file, up to the current folder.
 * Paths inside a configuration are confined to its folder. A configuration that is not valid is an error (exit 2),
 * so a CI run never silently checks with the defaults.
 */
class Configs {
  private readonly loaded = new Map<string, LoadedConfig | undefined>();
  constructor(
    private readonly explicit: string | undefined,
    /** --spaced-tables: read tables aligned with spaces (experimental), whatever the configuration says. */
    private readonly spacedTables = false,
  ) {
    if (explicit !== undefined) this.load(resolve(explicit), true);
  }

  private load(file: string, explicit = false): LoadedConfig | undefined {
    if (this.loaded.has(file)) return this.loaded.get(file);
    const r = readRegularFileSync(file);
    if (!r.ok) {
      if (explicit) throw new IoError(`cannot read "${file}": it ${refusalMessage(r.refusal).en}`);
      this.loaded.set(file, undefined);
      return undefined;
    }
    const folder = dirname(file);
    const read: ReadInside = (p, dir) => {
      const where = resolveConfined(p, dir);
      if ('refusal' in where) return { ok: false, why: refusalMessage(where.refusal) };
      const f = readRegularFileSync(where.path);
      return f.ok ? { ok: true, text: f.text, path: f.path } : { ok: false, why: refusalMessage(f.refusal) };
    };
    const { loaded, error } = loadConfig(r.text, file, folder, relative(process.cwd(), file) || file, read);
    if (!loaded) throw new IoError(error!.en);
    for (const p of loaded.problems) process.stderr.write(`budget-disclosure: ${printablePath(p.en)}\n`);
    this.loaded.set(file, loaded);
    return loaded;
  }

  /** The configuration that applies to a document. */
  for(doc: string): LoadedConfig | undefined {
    if (this.explicit !== undefined) return this.load(resolve(this.explicit), true);
    const found = findUpward(dirname(resolve(doc)), CONFIG_FILE_NAMES, process.cwd());
    return found ? this.load(found) : undefined;
  }

  ignores(doc: string): boolean {
    const c = this.for(doc);
    return !!c && isIgnored(c.config, relative(c.folder, resolve(doc)));
  }

  localeFor(doc: string | undefined): Locale | undefined {
    const l = doc !== undefined ? this.for(doc)?.config.locale : undefined;
    return l === 'zh-CN' || l === 'en' ? l : undefined;
  }

  optionsFor(doc: string): AnalysisOptions {
    const c = this.for(doc);
    if (!c) return this.spacedTables ? { spacedTables: true } : {};
    const edition = c.config.catalog.edition;
    return {
      severities: c.config.rules,
      ...(c.config.experimental.spacedTables || this.spacedTables ? { spacedTables: true } : {}),
      ...(edition !== 'auto' ? { edition } : {}),
      ...(c.catalog ? { catalog: c.catalog } : {}),
      ...(c.templates.length ? { templates: c.templates } : {}),
    };
  }
}

async function check(args: string[]): Promise<number> {
  const o = parseArgs(args, ['text', 'json', 'sarif']);
  if (o.paths.length === 0) throw new UsageError('check needs at least one file or folder');
  const configs = new Configs(o.config, o.spacedTables);
  const files = collectFiles(o.paths, configs);
  const docs = await loadDocuments(files, o.join);
  const results = docs.flatMap((d) => {
    if (d.text === undefined) return [];
    const text = d.text;
    const first = d.files[0];
    // Messages follow --locale, else the configuration's locale, else the document's own language (a Chinese
    // disclosure gets Chinese messages), else the user's.
    const locale = o.localeGiven ? o.locale : (configs.localeFor(first) ?? documentLocale(text) ?? o.locale);
    const full = analyze(text, configs.optionsFor(first));
    // Findings a reviewer accepted (the sidecar beside the file) are left out, and listed with --show-accepted.
    const prints = fingerprints(full);
    const keys = d.files.length === 1 ? acceptedKeys(readAccepted(first), basename(first)) : new Set<string>();
    const accepted = keys.size ? full.findings.filter((f) => keys.has(`${f.ruleId} ${prints.get(f)}`)) : [];
    const analysis = accepted.length ? { ...full, findings: full.findings.filter((f) => !accepted.includes(f)) } : full;
    return [{ file: d.file, analysis, locale, prints, accepted, source: d.source }];
  });
  const unreadable = reportConversionProblems(docs, o.locale);
  // The summary speaks the documents' language when they share one, else the user's.
  const langs = new Set(results.map((r) => r.locale));
  const summaryLocale: Locale = o.localeGiven || langs.size !== 1 || results.length === 0 ? o.locale : results[0].locale;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.analysis.findings) counts[f.severity]++;

  if (o.format === 'json') {
    const json = {
      version: VERSION,
      files: results.map(({ file, analysis, locale, accepted, source }) => ({
        file,
        findings: analysis.findings.map((f) => withSource(findingJson(analysis, f, locale), source, f.span.start, locale)),
        ...(accepted.length ? { accepted: accepted.map((f) => findingJson(analysis, f, locale)) } : {}),
      })),
      summary: counts,
    };
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else if (o.format === 'sarif') {
    process.stdout.write(JSON.stringify(sarif(results, o.locale), null, 2) + '\n');
  } else {
    process.stdout.write(textReport(results, docs.length, summaryLocale, o.includeRounding));
    const accepted = results.reduce((n, r) => n + r.accepted.length, 0);
    if (accepted > 0) {
      const en = summaryLocale === 'en';
      process.stdout.write(en ? `${accepted} accepted finding${accepted === 1 ? '' : 's'} not shown${o.showAccepted ? ':' : ' (--show-accepted lists them)'}\n` : `${accepted} 个已核实保留的问题未列出${o.showAccepted ? '：' : '（--show-accepted 可列出）'}\n`);
      if (o.showAccepted) {
        for (const r of results) {
          for (const f of r.accepted) {
            const p = pos(r.analysis, shownSpan(r.analysis, f).start);
            process.stdout.write(`  ${printablePath(relative(process.cwd(), r.file) || r.file)}:${p.line}:${p.column}  ${f.ruleId.padEnd(6)} ${localize(f.message, r.locale)}\n`);
          }
        }
      }
    }
  }
  if (unreadable > 0) return 2;
  return counts.error > 0 && !o.exitZero ? 1 : 0;
}

// ---- Converted documents (PDF, DOCX, XLSX): loading, --join, the page column ----

interface LoadedDocument {
  file: string;
  /** The input files it was read from (one, or several with --join). */
  files: string[];
  /** The canonical text; undefined when the file could not be read (see problems). */
  text?: string;
  source?: { map: SourceMap; files: string[] };
  problems: ConvertResult['problems'];
}

async function convertFile(file: string, index?: number): Promise<ConvertResult> {
  // A regular file, at most 64 MiB, opened without blocking (a FIFO named x.pdf is refused, never waited on).
  const r = readRegularBytesSync(file, MAX_CONVERTED_BYTES);
  if (!r.ok) throw new IoError(`cannot read "${file}": it ${refusalMessage(r.refusal).en}`);
  return convertBytes(new Uint8Array(r.bytes), file, pdfAssets(), index);
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
    return [{ file: files.join(' + '), files, text: fatal ? undefined : joined.text, source: { map: joined.sourceMap, files: files.map((f) => basename(f)) }, problems: joined.problems }];
  }
  const out: LoadedDocument[] = [];
  for (const f of files) {
    if (!isConverted(f)) {
      out.push({ file: f, files: [f], text: readText(f), problems: [] });
      continue;
    }
    const r = await convertFile(f);
    const fatal = r.problems.some((p) => p.fatal);
    out.push({ file: f, files: [f], text: fatal ? undefined : r.text, source: { map: r.sourceMap, files: [basename(f)] }, problems: r.problems });
  }
  return out;
}

/** Prints each conversion problem on stderr; returns how many files could not be read at all. */
function reportConversionProblems(docs: LoadedDocument[], locale: Locale): number {
  let unreadable = 0;
  for (const d of docs) {
    for (const p of d.problems) process.stderr.write(`budget-disclosure: ${printablePath(relative(process.cwd(), d.file) || d.file)}: ${localize(p.message, locale)}\n`);
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


const isRounding = (f: Finding) => f.ruleId === 'R01';

/**
 * The text report: each file's findings (rounding gaps only with `includeRounding`), then one summary line that names
 * errors and warnings first and counts rounding gaps apart, since a gap rounding explains is never a mistake.
 */
export function textReport(
  results: ReadonlyArray<{ file: string; analysis: Analysis; locale: Locale; source?: LoadedDocument['source'] }>, fileCount: number, locale: Locale, includeRounding: boolean,
): string {
  const en = locale === 'en';
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let rounding = 0;
  for (const { file, analysis, locale: lang, source } of results) {
    const shown = printablePath(relative(process.cwd(), file) || file);
    const fileEn = lang === 'en';
    out.push('', shown);
    const listed = analysis.findings.filter((f) => includeRounding || !isRounding(f));
    const hidden = analysis.findings.length - listed.length;
    for (const f of analysis.findings) {
      if (isRounding(f)) rounding++;
      else counts[f.severity]++;
    }
    if (listed.length === 0) out.push(hidden ? (fileEn ? `  no findings but ${hidden} rounding gap${hidden === 1 ? '' : 's'}` : `  未发现问题（另有 ${hidden} 处尾差）`) : fileEn ? '  no findings' : '  未发现问题');
    for (const f of listed) {
      const p = pos(analysis, shownSpan(analysis, f).start);
      const sev = fileEn ? f.severity : SEVERITY_ZH[f.severity];
      out.push(`  ${shown}:${p.line}:${p.column}${sourceColumn(source, f.span.start, lang)}  ${sev.padEnd(fileEn ? 7 : 2)}  ${f.ruleId.padEnd(6)} ${localize(f.message, lang)}`);
    }
    for (const fail of analysis.failures) out.push(`  (rule ${fail.ruleId} failed: ${fail.error})`);
  }
  const n = (c: number, one: string, many: string) => `${c} ${c === 1 ? one : many}`;
  const main = en
    ? `${n(fileCount, 'file', 'files')}: ${n(counts.error, 'error', 'errors')}, ${n(counts.warning, 'warning', 'warnings')}, ${n(counts.info + counts.hint, 'note', 'notes')}`
    : `${fileCount} 个文件：${counts.error} 个错误，${counts.warning} 个警告，${counts.info + counts.hint} 条提示`;
  const tail = rounding === 0
    ? ''
    : en
      ? `; ${n(rounding, 'rounding gap', 'rounding gaps')} (within printed precision, not mistakes${includeRounding ? '' : '; --include-rounding lists them'})`
      : `；另有 ${rounding} 处尾差（在印出精度的四舍五入范围内，不是错误${includeRounding ? '' : '；加 --include-rounding 列出'}）`;
  out.push('', main + tail);
  return out.join('\n') + '\n';
}

/** Where a finding is shown: the same range the editor underlines (a figure with its unit), so both name one place. */
function shownSpan(a: Analysis, f: Finding): Span {
  return squiggleSpan(a.model.text, f.span);
}

function findingJson(a: Analysis, f: Finding, locale: Locale) {
  const shown = shownSpan(a, f);
  const s = pos(a, shown.start);
  const e = pos(a, shown.end);
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

function sarif(results: Array<{ file: string; analysis: Analysis; prints?: Map<Finding, string>; source?: LoadedDocument['source'] }>, locale: Locale) {
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
            rules: RULES.map((r) => {
              const description = localize(r.description, locale);
              const helpUri = ruleDocUrl(r.id);
              const more = locale === 'en' ? 'What it checks, its tolerance, examples and how to fix' : '检查内容、容差、示例与修改方法';
              return {
                id: r.id,
                shortDescription: { text: description },
                // GitHub code scanning requires a full description and help on every rule (GH2012).
                fullDescription: { text: description },
                help: { text: `${description} ${more}: ${helpUri}`, markdown: `${description}\n\n[${more}](${helpUri})` },
                defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
                helpUri,
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, analysis, prints: given, source }) => {
          const prints = given ?? fingerprints(analysis);
          return analysis.findings.map((f) => ({
            ruleId: f.ruleId,
            level: SARIF_LEVEL[f.severity],
            message: { text: localize(f.message, locale) + sourceColumn(source, f.span.start, locale) },
            ...(source ? { properties: { source: sourceAt(source.map, f.span.start) ?? null } } : {}),
            // The same finding keeps its identity across runs and edits elsewhere (see features/fingerprint.ts).
            partialFingerprints: { 'budgetDisclosureFinding/v1': prints.get(f)! },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(resolve(file)).href },
                  region: region(analysis, shownSpan(analysis, f).start, shownSpan(analysis, f).end),
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
          }));
        }),
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
      // Paths and options come from the command line: an escape byte in one is shown as \x1b, never sent raw.
      process.stderr.write(`budget-disclosure: ${printablePath(err.message)}\n`);
      if (err instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`budget-disclosure: internal error: ${printablePath(err instanceof Error ? err.message : String(err))}\n`);
    return 2;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  // `check … | head` closes the pipe early: end quietly, as other command-line tools do, not with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
