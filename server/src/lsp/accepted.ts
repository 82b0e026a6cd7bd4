import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import { ACCEPTED_FILE_NAME, acceptedKeys, parseAccepted, withAccepted, type AcceptedRecord } from '../config/accepted';
import { findingFor } from '../features/codeActions';
import { fingerprints } from '../features/fingerprint';
import { readRegularFileSync } from '../io/files';
import type { Analysis } from '../rules/analyze';
import { localize, type Locale } from '../util/i18n';
import { LineIndex } from '../util/lineIndex';

/**
 * Accepted findings in the editor: the sidecar beside a document (config/accepted.ts) hides the findings it names,
 * and a code action on any diagnostic records it there, through a workspace edit the editor applies (the server
 * writes no file itself, and never touches the document).
 */
export class AcceptedFindings {
  private readonly cache = new Map<string, { text: string | undefined; record: AcceptedRecord }>();

  private sidecarOf(uri: string): { path: string; fileName: string } | undefined {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const doc = fileURLToPath(uri);
      return { path: join(dirname(doc), ACCEPTED_FILE_NAME), fileName: basename(doc) };
    } catch {
      return undefined;
    }
  }

  private read(path: string): { text: string | undefined; record: AcceptedRecord } {
    const hit = this.cache.get(path);
    if (hit) return hit;
    const r = readRegularFileSync(path, 4 * 1024 * 1024);
    const text = r.ok ? r.text : undefined;
    const entry = { text, record: parseAccepted(text) };
    this.cache.set(path, entry);
    return entry;
  }

  /** A sidecar changed on disk (the file watcher): read it again. True when it was one. */
  changed(path: string): boolean {
    if (basename(path) !== ACCEPTED_FILE_NAME) return false;
    this.cache.delete(path);
    return true;
  }

  /** The analysis without the findings accepted for this document. */
  visible(uri: string, analysis: Analysis): Analysis {
    const side = this.sidecarOf(uri);
    if (!side) return analysis;
    const keys = acceptedKeys(this.read(side.path).record, side.fileName);
    if (keys.size === 0) return analysis;
    const prints = fingerprints(analysis);
    return { ...analysis, findings: analysis.findings.filter((f) => !keys.has(`${f.ruleId} ${prints.get(f)}`)) };
  }

  /** "已核实，保留原文": one action per diagnostic that matches a finding, recording it in the sidecar. */
  actions(uri: string, diagnostics: readonly Diagnostic[], analysis: Analysis, locale: Locale): CodeAction[] {
    const side = this.sidecarOf(uri);
    if (!side) return [];
    const { text, record } = this.read(side.path);
    const prints = fingerprints(analysis);
    const out: CodeAction[] = [];
    for (const d of diagnostics) {
      const f = findingFor(d, analysis);
      if (!f) continue;
      const newText = withAccepted(record, side.fileName, {
        rule: f.ruleId,
        fingerprint: prints.get(f)!,
        message: localize(f.message, 'zh-CN'),
        date: new Date().toISOString().slice(0, 10),
      });
      const sideUri = pathToFileURL(side.path).href;
      const old = new LineIndex(text ?? '');
      const edit: WorkspaceEdit = {
        documentChanges: [
          { kind: 'create', uri: sideUri, options: { ignoreIfExists: true } },
          {
            textDocument: { uri: sideUri, version: null },
            edits: [{ range: { start: { line: 0, character: 0 }, end: old.positionAt((text ?? '').length) }, newText }],
          },
        ],
      };
      out.push({
        title: locale === 'en' ? `Accept: checked, keep the text (recorded in ${ACCEPTED_FILE_NAME})` : `已核实，保留原文（记录到 ${ACCEPTED_FILE_NAME}）`,
        kind: 'quickfix',
        diagnostics: [d],
        edit,
      });
    }
    return out;
  }
}
