import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllAction, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { fixAll } from '../../server/src/features/fixAll';
import { analyze } from '../../server/src/rules/analyze';
import { SEED_FILES, seed } from '../helpers';
import { T6_DISPUTED_302 } from './fixtures';

const ids = SEED_FILES.map((f) => f.slice(0, 3));

describe.each(ids)('fix all on seed %s', (id) => {
  const text = seed(id);
  const before = analyze(text);
  const { text: fixed, applied } = fixAll(text, (t) => analyze(t));

  it('leaves no finding that has one safe fix (fix all on its own result changes nothing)', () => {
    expect(fixAll(fixed, (t) => analyze(t)).applied).toEqual([]);
    expect(analyze(fixed).findings.filter((f) => f.fixes.length === 1).map((f) => `${f.ruleId} ${f.fixes[0].newText}`)).toEqual([]);
    const fixable = before.findings.filter((f) => f.fixes.length === 1).length;
    if (fixable > 0) expect(applied.length).toBeGreaterThan(0);
  });

  it('changes nothing but the fixed words and figures, byte for byte', () => {
    // Rebuild the result from the original, pass by pass, replacing only each fix's range (whose old text must be
    // what stood there): the rebuilt text equals fix-all's, so no other byte moved.
    let t = text;
    const passes = [...new Set(applied.map((x) => x.pass))];
    for (const pass of passes) {
      let out = '';
      let at = 0;
      for (const x of applied.filter((y) => y.pass === pass).sort((p, q) => p.start - q.start)) {
        expect(t.slice(x.start, x.end)).toBe(x.oldText);
        out += t.slice(at, x.start) + x.newText;
        at = x.end;
      }
      t = out + t.slice(at);
    }
    expect(t).toBe(fixed);
    expect(fixed.length - text.length).toBe(applied.reduce((n, x) => n + x.newText.length - x.oldText.length, 0));
  });

  it('as a source action: edits that turn the document into the fixed text', () => {
    const action = fixAllAction('file:///s.txt', text, (t) => analyze(t), before.model.lines, 'zh-CN');
    if (applied.length === 0) {
      expect(action).toBeUndefined();
      return;
    }
    expect(action!.kind).toBe(FIX_ALL_KIND);
    const doc = TextDocument.create('file:///s.txt', 'budget-disclosure', 1, text);
    expect(TextDocument.applyEdits(doc, action!.edit!.changes!['file:///s.txt'])).toBe(fixed);
  });
});

describe('fix all when two findings disagree on one figure', () => {
  it('applies neither of two different values for the same figure (the choice is the user\'s)', () => {
    const text = T6_DISPUTED_302;
    const { applied } = fixAll(text, (t) => analyze(t));
    const line7 = text.split('\n').slice(0, 7).join('\n').length + 1;
    const disputed = line7 + text.split('\n')[7].indexOf('20.00');
    // The 302 合计 cell is claimed by 8.00 (its 款) and 10.00 (the 合计 row): the first pass leaves it as printed,
    // and no pass changes one figure and, in the same pass, another figure of the same sum.
    expect(applied.filter((x) => x.pass === 1 && x.start === disputed)).toEqual([]);
    // Every pass kept leaves fewer errors and warnings than it found.
    let t = text;
    let before = analyze(t).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
    for (const pass of [...new Set(applied.map((x) => x.pass))]) {
      let out = '';
      let at = 0;
      for (const x of applied.filter((y) => y.pass === pass).sort((p, q) => p.start - q.start)) {
        out += t.slice(at, x.start) + x.newText;
        at = x.end;
      }
      t = out + t.slice(at);
      const now = analyze(t).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
      expect(now).toBeLessThan(before);
      before = now;
    }
  });
});

describe('fix all over stdio (the real server)', () => {
  it('answers a source.fixAll request with one action whose edits give the fixed text', async () => {
    const { initialize, open, start, stop, waitFor } = await import('../lsp/session');
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const ws = mkdtempSync(join(tmpdir(), 'bd-fixall-'));
    const s = start();
    try {
      await initialize(s, ws);
      const text = seed('002');
      const uri = pathToFileURL(join(ws, 'seed002.disclosure.txt')).href;
      await open(s, uri, text);
      await waitFor('diagnostics', () => s.diagnostics.get(uri));
      const actions = (await s.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as Array<{ kind: string; edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> } }>;
      expect(actions.map((a) => a.kind)).toEqual([FIX_ALL_KIND]);
      const doc = TextDocument.create(uri, 'budget-disclosure', 1, text);
      expect(TextDocument.applyEdits(doc, actions[0].edit.changes[uri])).toBe(fixAll(text, (t) => analyze(t)).text);
      // Not offered among a diagnostic's quick fixes.
      const quick = (await s.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['quickfix'] },
      })) as unknown[];
      expect(quick).toEqual([]);
    } finally {
      expect(await stop(s)).toBe(0);
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
