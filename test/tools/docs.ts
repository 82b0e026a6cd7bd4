// Keeps the README's rule list and package.json's per-rule settings in step with the rule registry.
// `npm run docs` rewrites them; test/rules/registry.test.ts fails when they are out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../server/src/rules/index';
import type { Rule } from '../../server/src/rules/types';
import { EXAMPLES, type RuleExample } from '../rules/examples';

// test/tools/ under vitest, out/ when bundled by esbuild: the repository root holds package.json.
export const ROOT = existsSync(resolve(__dirname, '..', 'package.json')) ? resolve(__dirname, '..') : resolve(__dirname, '..', '..');
const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '舍入提示' };

export function anchor(id: string): string {
  return `rule-${id.toLowerCase()}`;
}

function fence(text: string): string {
  return ['```text', text.replace(/\t/g, '→'), '```'].join('\n');
}

/**
 * An example pair. Long table examples differ in a line or two: then the failing one is shown as that change,
 * and the passing document folded, so the README stays readable.
 */
function renderExample(ex: RuleExample): string[] {
  const a = ex.passing.split('\n');
  const b = ex.failing.split('\n');
  const changed = a.length === b.length ? a.flatMap((line, i) => (line === b[i] ? [] : [i])) : [];
  if (a.length > 12 && changed.length > 0 && changed.length <= 3) {
    const diff = changed.flatMap((i) => [`- ${a[i]}`, `+ ${b[i]}`].map((l) => l.replace(/\t/g, '→')));
    return [
      `Failing: the passing example below with ${changed.length === 1 ? 'this line' : 'these lines'} changed:`,
      '',
      ['```diff', ...diff, '```'].join('\n'),
      '',
      `<details><summary>Passing (${a.length} lines)</summary>`,
      '',
      fence(ex.passing),
      '',
      '</details>',
    ];
  }
  return ['Failing:', '', fence(ex.failing), '', 'Passing:', '', fence(ex.passing)];
}

/** The README's rule section: one anchored entry per rule, with a failing and a passing example. */
export function renderRules(rules: readonly Rule[] = RULES, examples: Readonly<Record<string, RuleExample>> = EXAMPLES): string {
  const out: string[] = [];
  out.push('In the examples, `→` stands for a tab (a cell boundary).', '');
  out.push('| id | default | 规则 |', '|---|---|---|');
  for (const r of rules) out.push(`| [${r.id}](#${anchor(r.id)}) | ${r.defaultSeverity} | ${r.description['zh-CN']} |`);
  for (const r of rules) {
    const ex = examples[r.id];
    out.push('', `### <a id="${anchor(r.id)}"></a>${r.id} · ${r.defaultSeverity}（${SEVERITY_ZH[r.defaultSeverity]}）`, '');
    out.push(`${r.description['zh-CN']}`, '', `*${r.description.en}*`, '');
    out.push(`Setting: \`budgetDisclosure.rules.${r.id}\`.${ex?.note ? ' ' + ex.note : ''}`);
    if (ex) out.push('', ...renderExample(ex));
  }
  return out.join('\n');
}

export function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README has no ${name} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** package.json's `budgetDisclosure.rules.<id>` settings, and their descriptions for both nls files. */
export function ruleSettings(rules: readonly Rule[] = RULES) {
  const properties: Record<string, unknown> = {};
  const en: Record<string, string> = {};
  const zh: Record<string, string> = {};
  rules.forEach((r, i) => {
    const key = `config.rules.${r.id}`;
    properties[`budgetDisclosure.rules.${r.id}`] = {
      type: 'string',
      enum: ['default', 'off', 'hint', 'info', 'warning', 'error'],
      default: 'default',
      order: i,
      markdownDescription: `%${key}%`,
      scope: 'resource',
    };
    en[key] = `**${r.id}** (default: ${r.defaultSeverity}). ${r.description.en}. [Details](https://github.com/budget-disclosure/budget-disclosure/blob/main/README.md#${anchor(r.id)})`;
    zh[key] = `**${r.id}**（默认：${SEVERITY_ZH[r.defaultSeverity]}）。${r.description['zh-CN']}。[说明](https://github.com/budget-disclosure/budget-disclosure/blob/main/README.md#${anchor(r.id)})`;
  });
  return { properties, en, zh };
}

interface ConfigBlock {
  id?: string;
  properties: Record<string, unknown>;
}

/** Applies the generated parts to the files' current text; returns the new texts. */
export function generate(files: { readme: string; pkg: string; nlsEn: string; nlsZh: string }) {
  const readme = replaceBetween(files.readme, 'rules', renderRules());
  const pkg = JSON.parse(files.pkg) as { contributes: { configuration: ConfigBlock[] } };
  const { properties, en, zh } = ruleSettings();
  const block = pkg.contributes.configuration.find((c) => c.id === 'budgetDisclosure.rules');
  if (!block) throw new Error('package.json has no configuration block budgetDisclosure.rules');
  block.properties = properties;
  const merge = (text: string, add: Record<string, string>) => {
    const nls = JSON.parse(text) as Record<string, string>;
    for (const k of Object.keys(nls)) if (k.startsWith('config.rules.') && !(k in add)) delete nls[k];
    return JSON.stringify({ ...nls, ...add }, null, 2) + '\n';
  };
  return {
    readme,
    pkg: JSON.stringify(pkg, null, 2) + '\n',
    nlsEn: merge(files.nlsEn, en),
    nlsZh: merge(files.nlsZh, zh),
  };
}

export const FILES = {
  readme: join(ROOT, 'README.md'),
  pkg: join(ROOT, 'package.json'),
  nlsEn: join(ROOT, 'package.nls.json'),
  nlsZh: join(ROOT, 'package.nls.zh-cn.json'),
};

export function readFiles() {
  return {
    readme: readFileSync(FILES.readme, 'utf8'),
    pkg: readFileSync(FILES.pkg, 'utf8'),
    nlsEn: readFileSync(FILES.nlsEn, 'utf8'),
    nlsZh: readFileSync(FILES.nlsZh, 'utf8'),
  };
}

if (typeof require !== 'undefined' && require.main === module) {
  const out = generate(readFiles());
  for (const k of Object.keys(FILES) as Array<keyof typeof FILES>) writeFileSync(FILES[k], out[k]);
  process.stdout.write(`README rules section and ${RULES.length} rule settings written.\n`);
}
