import { basename } from 'node:path';
import { pdfAssets, readRegularBytes, refusalMessage } from '../io/files';
import { fileURLToPath } from 'node:url';
import type { CancellationToken, CodeAction, Connection, Diagnostic, Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { convertBytes, formatSource, joinResults, sourceAt, type ConvertResult, type SourceMap } from '../convert/index';
import { localize, type Locale } from '../util/i18n';

/**
 * PDF / DOCX / XLSX files opened as their canonical text. The client asks for a conversion (CONVERT_REQUEST) and
 * shows the text as a read-only virtual document of its own scheme; the server keeps each such document's source
 * map, so its diagnostics and hovers name the page (sheet!cell, paragraph) they are on.
 */
export const CONVERT_REQUEST = 'budgetDisclosure/convert';
export interface ConvertParams {
  /** The source files (file: URIs); several are joined into one document, in this order. */
  uris: string[];
  /** The URI the client will open the text under. */
  target: string;
}
/** The client command that copies a fix's text (a converted document is read-only). */
export const COPY_FIX_COMMAND = 'budgetDisclosure.copyFix';
export interface ConvertReply {
  text: string;
  pages: number;
  /** Localised problems; the conversion failed when one is fatal (the text is then empty). */
  problems: Array<{ message: string; fatal: boolean }>;
}

interface Source {
  map: SourceMap;
  files: string[];
}

export class ConvertedDocuments {
  private readonly sources = new Map<string, Source>();

  constructor(private readonly locale: () => Locale) {}

  register(connection: Connection): void {
    connection.onRequest(CONVERT_REQUEST, (p: ConvertParams, token: CancellationToken) => this.convert(p, token));
  }

  async convert(p: ConvertParams, token?: CancellationToken): Promise<ConvertReply> {
    const lang = this.locale();
    const parts: ConvertResult[] = [];
    const files = p.uris.map((u) => fileURLToPath(u));
    for (let i = 0; i < files.length; i++) {
      // A regular file under the size limit, opened without blocking (a FIFO named x.pdf is refused, not waited on).
      const read = await readRegularBytes(files[i]);
      if (!read.ok) return { text: '', pages: 0, problems: [{ message: `${basename(files[i])}: ${refusalMessage(read.refusal)[lang]}`, fatal: true }] };
      const bytes = new Uint8Array(read.bytes);
      const r = await convertBytes(bytes, files[i], { ...pdfAssets(), onProgress: () => !token?.isCancellationRequested }, files.length > 1 ? i : undefined);
      parts.push(r);
      if (r.problems.some((x) => x.fatal)) break;
    }
    const r = parts.length === 1 ? parts[0] : joinResults(parts);
    const fatal = r.problems.some((x) => x.fatal);
    if (!fatal) this.sources.set(p.target, { map: r.sourceMap, files: files.map((f) => basename(f)) });
    return {
      text: fatal ? '' : r.text,
      pages: r.pages ?? 0,
      problems: r.problems.map((x) => ({ message: localize(x.message, lang), fatal: x.fatal })),
    };
  }

  has(uri: string): boolean {
    return this.sources.has(uri);
  }

  /** " (第 3 页)" for an offset of a converted document; '' for any other document. */
  label(uri: string, offset: number): string {
    const s = this.sources.get(uri);
    if (!s) return '';
    const text = formatSource(sourceAt(s.map, offset), this.locale(), s.files);
    return text ? ` (${text})` : '';
  }

  /** Each diagnostic's message names its page; a fix cannot edit the source, so it is offered as text to copy. */
  diagnostics(doc: TextDocument, list: Diagnostic[]): Diagnostic[] {
    if (!this.sources.has(doc.uri)) return list;
    return list.map((d) => ({ ...d, message: d.message + this.label(doc.uri, doc.offsetAt(d.range.start)) }));
  }

  /** A converted document cannot be edited: each fix becomes a command that copies its replacement text. */
  codeActions(uri: string, actions: CodeAction[]): CodeAction[] {
    if (!this.sources.has(uri)) return actions;
    const zh = this.locale() === 'zh-CN';
    return actions.map((a) => {
      const edits = a.edit?.changes?.[uri] ?? [];
      if (!edits.length) return a;
      const text = edits.map((e) => e.newText).join('\n');
      const title = `${a.title}${zh ? '（复制改正文字）' : ' (copy the corrected text)'}`;
      const out: CodeAction = { title, command: { title, command: COPY_FIX_COMMAND, arguments: [text] } };
      if (a.kind) out.kind = a.kind;
      if (a.diagnostics) out.diagnostics = a.diagnostics;
      return out;
    });
  }

  hover(doc: TextDocument, offset: number, h: Hover | null): Hover | null {
    if (!h || !this.sources.has(doc.uri)) return h;
    const where = this.label(doc.uri, offset).trim().replace(/^\(|\)$/g, '');
    if (!where) return h;
    const c = h.contents;
    if (typeof c === 'object' && c !== null && 'kind' in c) return { ...h, contents: { ...c, value: `${c.value}\n\n---\n\n${where}` } };
    return h;
  }
}
