import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { analyze } from '../../server/src/rules/analyze';
import { seed } from '../helpers';

const URI = 'file:///002.disclosure.txt';

/** Applies a code action's edit the way an editor does. */
function apply(text: string, action: ReturnType<typeof codeActions>[number]): string {
  const doc = TextDocument.create(URI, 'budget-disclosure', 1, text);
  return TextDocument.applyEdits(doc, action.edit!.changes![URI]);
}

describe('quick fixes', () => {
  const text = seed('002');
  const analysis = analyze(text);
  const diagnostics = toDiagnostics(analysis, URI, 'zh-CN');
  const n02 = diagnostics.find((d) => d.code === 'N02')!;

  it('offer the table figure for 702.04, changing exactly that figure, and the finding goes away', () => {
    const actions = codeActions(URI, [n02], analysis, 'zh-CN');
    expect(actions.map((a) => a.title)).toEqual(['改为“1079.09”']);
    const fixed = apply(text, actions[0]);
    const line = 1758; // zero-based line of RULES.md's 1759
    const before = text.split('\n')[line];
    const after = fixed.split('\n')[line];
    expect(after).toBe(before.replace('702.04万元', '1079.09万元'));
    // Nothing else in the document changed.
    const others = (t: string) => t.split('\n').filter((_, i) => i !== line);
    expect(others(fixed)).toEqual(others(text));
    expect(analyze(fixed).findings.some((f) => f.ruleId === 'N02')).toBe(false);
  });

  it('offer 万元 for a 元 slip, replacing only the unit', () => {
    const f01 = diagnostics.filter((d) => d.code === 'F01');
    const actions = codeActions(URI, f01, analysis, 'en');
    expect(actions.length).toBe(f01.length);
    for (const a of actions) {
      const edit = a.edit!.changes![URI][0];
      expect(edit.newText).toBe('万元');
      expect(edit.range.end.character - edit.range.start.character).toBe(1);
    }
  });

  it('offer nothing for a diagnostic that no longer matches the text', () => {
    const moved = { ...n02, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
    expect(codeActions(URI, [moved], analysis, 'zh-CN')).toEqual([]);
    expect(codeActions(URI, [{ ...n02, source: 'other-linter' }], analysis, 'zh-CN')).toEqual([]);
  });
});
