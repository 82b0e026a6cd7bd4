import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../server/src/rules/analyze';
import { RULES } from '../../server/src/rules/index';
import { render, type Locale } from '../../server/src/util/i18n';
import { CORPUS_DIR, SEED_FILES, SEEDS_DIR } from '../helpers';
import { EXAMPLES } from './examples';

/**
 * What a finance writer reads: every message, related note and fix title of every rule, in both languages, names
 * tables by their printed titles (never an internal id like T1, T9 or T12-01) and never doubles a quote (““三公”经费小计”).
 * The texts are every rule's failing example, the seeds and the corpus, so a rule added later is covered by its example.
 */
const INTERNAL_ID = /(?<![A-Za-z0-9])(?:T\d{1,2}(?:-\d{2})?|[SRKNFCX]\d{2})(?![0-9])/;
const DOUBLED = /““|””|“”|\"\"|(?<![A-Za-z0-9])''/;
const LOCALES: Locale[] = ['zh-CN', 'en'];

interface Said {
  ruleId: string;
  where: string;
  text: string;
}

function collect(text: string, where: string, out: Said[]): void {
  const a = analyze(text);
  for (const f of a.findings) {
    for (const l of LOCALES) {
      out.push({ ruleId: f.ruleId, where: `${where} message ${l}`, text: f.message[l] });
      for (const r of f.related) out.push({ ruleId: f.ruleId, where: `${where} related ${l}`, text: r.message[l] });
      for (const x of f.fixes) out.push({ ruleId: f.ruleId, where: `${where} fix ${l}`, text: x.title[l] });
    }
  }
}

const texts: Array<[string, string]> = [];
for (const r of RULES) {
  const ex = EXAMPLES[r.id];
  if (ex) texts.push([`example ${r.id}`, ex.failing]);
}
for (const f of SEED_FILES) texts.push([`seed ${f}`, readFileSync(join(SEEDS_DIR, f), 'utf8')]);
if (existsSync(CORPUS_DIR)) {
  for (const f of readdirSync(CORPUS_DIR).filter((x) => x.endsWith('.txt')).sort()) texts.push([`corpus ${f}`, readFileSync(join(CORPUS_DIR, f), 'utf8')]);
}

const said: Said[] = [];
for (const [where, text] of texts) collect(text, where, said);

describe('messages in the user’s words', () => {
  it('every rule says something on its failing example', () => {
    const ruled = new Set(said.map((s) => s.ruleId));
    for (const r of RULES) expect(ruled.has(r.id), r.id).toBe(true);
  });

  it('no message, related note or fix title names a table or rule by an internal id', () => {
    const bad = said.filter((s) => INTERNAL_ID.test(s.text)).map((s) => `${s.ruleId} (${s.where}): ${s.text}`);
    expect([...new Set(bad)]).toEqual([]);
  });

  it('no message, related note or fix title doubles a quote', () => {
    const bad = said.filter((s) => DOUBLED.test(s.text)).map((s) => `${s.ruleId} (${s.where}): ${s.text}`);
    expect([...new Set(bad)]).toEqual([]);
  });

  it('every message template renders without an id or a doubled quote, even with a quoted name as argument', () => {
    const bad: string[] = [];
    for (const r of RULES) {
      for (const [id, t] of Object.entries(r.messages)) {
        for (const l of LOCALES) {
          // A name the template quotes gets a name with quotes of its own; any other placeholder a plain value.
          const args: Record<string, string> = {};
          for (const m of t[l].matchAll(/\{(\w+)\}/g)) {
            const quotedHere = /[“"]$/.test(t[l].slice(0, m.index)) && /^[”"]/.test(t[l].slice(m.index + m[0].length));
            args[m[1]] = quotedHere ? '“三公”经费小计' : args[m[1]] ?? '12.36';
          }
          const out = render(t[l], args);
          if (INTERNAL_ID.test(out) || DOUBLED.test(out)) bad.push(`${r.id}.${id} ${l}: ${out}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
