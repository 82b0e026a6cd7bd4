import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type Analysis } from '../server/src/rules/analyze';
import type { Severity } from '../server/src/rules/types';
import type { DocumentSymbol } from 'vscode-languageserver-types';

export const ROOT = resolve(__dirname, '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const CORPUS_DIR = resolve(ROOT, '..', 'shared', 'corpus');

/** An outline as one list, parents before their children. */
export const flattenSymbols = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((d) => [d, ...flattenSymbols(d.children ?? [])]);

export const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

/** A seed by its number ("000" … "004"). */
export function seed(num: string): string {
  const f = SEED_FILES.find((x) => x.startsWith(num));
  if (!f) throw new Error(`no seed ${num}`);
  return readFileSync(join(SEEDS_DIR, f), 'utf8');
}

export interface Found {
  ruleId: string;
  /** 1-based line of the finding's start, as `cat -n` and RULES.md number lines. */
  line: number;
  severity: Severity;
  message: string;
}

/** The findings of a text as (rule, 1-based line, severity, zh-CN message). */
export function findings(text: string, analysis: Analysis = analyze(text)): Found[] {
  return analysis.findings.map((f) => ({
    ruleId: f.ruleId,
    line: analysis.model.lines.lineAt(f.span.start) + 1,
    severity: f.severity,
    message: f.message['zh-CN'],
  }));
}

/** Findings of one rule, as `line:severity` strings, for compact assertions. */
export function ruleHits(text: string, ruleId: string): string[] {
  return findings(text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.line}:${f.severity}`);
}
