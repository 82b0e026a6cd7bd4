// Keeps the README's rule list and package.json's per-rule settings in step with the rule registry.
// `npm run docs` rewrites them; test/rules/registry.test.ts fails when they are out of date.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/rules/analyze';
import { ruleDocUrl } from '../../server/src/rules/docsUrl';
import { RULES } from '../../server/src/rules/index';
import type { Rule } from '../../server/src/rules/types';
import { EXAMPLES, type RuleExample } from '../rules/examples';

// test/tools/ under vitest, out/ when bundled by esbuild: the repository root holds package.json.
export const ROOT = existsSync(resolve(__dirname, '..', 'package.json')) ? resolve(__dirname, '..') : resolve(__dirname, '..', '..');
const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '舍入提示' };

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

/** The README's rule section: one line per rule, linking to its page under docs/rules/. */
export function renderRules(rules: readonly Rule[] = RULES): string {
  const out: string[] = [];
  out.push('| id | default | 规则 |', '|---|---|---|');
  for (const r of rules) out.push(`| [${r.id}](docs/rules/${r.id}.md) | ${r.defaultSeverity} | ${r.description['zh-CN']} |`);
  return out.join('\n');
}

/** What a family of rules is about: why reviewers care, how the tolerance works, how to fix. By id prefix. */
interface Family {
  why: string;
  tolerance: string;
  fix: string;
}

const IDENTITY_TOLERANCE =
  '每个印出的数字都是一个区间（末位数字的 ±0.5 个单位）：合计与明细之差若能由各数的四舍五入解释，只由 [R01](R01.md) 作舍入提示，不报错；同一数字在两张表中印出时应完全相同。' +
  '\n\n*Each printed figure is an interval (± half a unit of its last digit): a gap that the rounding of the figures can explain is only a rounding hint from [R01](R01.md), never an error; the same figure printed in two tables must match exactly.*';

const FAMILIES: Array<[RegExp, Family]> = [
  [
    /^S/,
    {
      why: '没有读懂的表格不参与任何核对：审核人需要知道哪些内容没有被检查，以免误以为“无问题”。\n\n*A table that is not read takes part in no check: a reviewer must know what was not checked, rather than read silence as "no problem".*',
      tolerance: '结构提示本身没有容差；S03、S04 的勾稽按印出精度的区间计算（同表格规则）。\n\n*Structure notices have no tolerance; the S03/S04 identities use the printed-precision intervals of the table rules.*',
      fix: '按公开表样整理表格（制表符分隔或标准表名），或核对提示所指的数字。\n\n*Lay the table out as the official template does (tab-separated, standard title), or check the figure the finding points at.*',
    },
  ],
  [
    /^[TX]/,
    {
      why: '表内合计与表间一致是财政、审计审核公开文件时首先核对的勾稽关系；不平的表格说明数据录入或汇总有误。\n\n*Totals within a table and equal figures across tables are the first identities 财政 and 审计 reviewers reconcile; a table that does not add up shows an entry or aggregation error.*',
      tolerance: IDENTITY_TOLERANCE,
      fix: '先确定哪个数字有误（合计还是明细），再修改；快速修复给出使勾稽成立的值，选用前请核对原始数据。\n\n*First decide which figure is wrong (the total or a part), then correct it; the quick fix offers the value that makes the identity hold: check it against the source data before applying.*',
    },
  ],
  [
    /^R/,
    {
      why: '尾差不是错误，但审核人常需核实其来源；单独成规则，可整体关闭而不影响真正的不符。\n\n*A rounding gap is not an error, but reviewers often want to see where it comes from; as its own rule it can be silenced without silencing real mismatches.*',
      tolerance: IDENTITY_TOLERANCE,
      fix: '通常无需修改；如需消除尾差，按统一的舍入方法重新计算明细。\n\n*Usually nothing to fix; to remove the gap, recompute the parts with one rounding method.*',
    },
  ],
  [
    /^K/,
    {
      why: '科目编码与名称须与当年《政府收支分类科目》一致，否则数据无法汇总、比较。\n\n*Codes and names must follow the year\'s 政府收支分类科目, or the figures cannot be aggregated or compared.*',
      tolerance: '按文档预算年度（或设置 `budgetDisclosure.catalog.edition`）选用科目表版本；名称比较忽略空格与全半角差异。\n\n*The catalogue edition follows the document\'s 预算年度 (or the setting `budgetDisclosure.catalog.edition`); names are compared ignoring spaces and full/half-width differences.*',
      fix: '按当年科目表改正编码或名称（悬停在编码上可见标准名称与说明）。\n\n*Correct the code or the name from the year\'s catalogue (hover on a code shows its standard name and explanation).*',
    },
  ],
  [
    /^N/,
    {
      why: '情况说明是公众阅读最多的部分：文字中的数字、增减和比例必须与表格一致，否则公开信息自相矛盾。\n\n*The narrative is what the public reads most: its figures, changes and rates must agree with the tables, or the disclosure contradicts itself.*',
      tolerance: '文字中的数字按其印出精度取区间（如 702.04万元 = 702.035–702.045万元），与表格数字的区间比较；比例由区间重新计算，舍入能解释的差异不报。\n\n*A figure in the text is the interval of its printed precision (702.04万元 = 702.035–702.045万元), compared with the table figure\'s interval; rates are recomputed from the intervals, and a gap rounding explains is not reported.*',
      fix: '以表格为准改正文字（快速修复给出表格中的数值），或在表格有误时改正表格。\n\n*Correct the text from the tables (the quick fix offers the table\'s figure), or the table where it is the one in error.*',
    },
  ],
  [
    /^F/,
    {
      why: '单位、格式与模板残留的错误让读者误读金额（元与万元相差一万倍），或显出文件未经审核。\n\n*Unit, format and template slips make readers misread amounts (元 and 万元 differ ten-thousandfold) or show that the document was not reviewed.*',
      tolerance: '单位判断依据所在章节与表格的单位；与表格数字比较时按印出精度取区间。\n\n*The unit is judged from the section\'s and the tables\' units; comparisons with table figures use printed-precision intervals.*',
      fix: '按提示改正单位或格式，删除模板残留文字。\n\n*Correct the unit or the format as shown, or delete the template text.*',
    },
  ],
  [
    /^C/,
    {
      why: '公开内容须完整：缺表、缺章节或细化程度不够，是审核中最常见的整改要求。\n\n*A disclosure must be complete: a missing table, a missing section or too little detail is the most common correction reviewers ask for.*',
      tolerance: '完整性检查没有数值容差。\n\n*Completeness checks have no numeric tolerance.*',
      fix: '补齐缺少的表格或章节；没有数据的表格应列空表并说明。\n\n*Add the missing table or section; a table without data is shown empty, with a note.*',
    },
  ],
];

function familyOf(id: string): Family {
  return FAMILIES.find(([re]) => re.test(id))?.[1] ?? FAMILIES[FAMILIES.length - 1][1];
}

/** The quick fixes the rule offers on its own failing example, as a user would see them. */
function fixesOn(id: string, failing: string): string[] {
  const titles = new Set<string>();
  for (const f of analyze(failing).findings) if (f.ruleId === id) for (const x of f.fixes) titles.add(`${x.title['zh-CN']} / ${x.title.en}`);
  return [...titles];
}

/** One rule's page, docs/rules/<ID>.md. */
export function renderRulePage(r: Rule, ex: RuleExample | undefined): string {
  const fam = familyOf(r.id);
  const out: string[] = [];
  out.push(`# ${r.id} · ${r.defaultSeverity}（${SEVERITY_ZH[r.defaultSeverity]}）`, '');
  out.push('<!-- Generated by `npm run docs` from the rule registry and test/rules/examples.ts: edit those, not this file. -->', '');
  out.push('## 检查什么 · What it checks', '', r.description['zh-CN'], '', `*${r.description.en}*`, '');
  if (ex?.note) out.push(ex.note, '');
  out.push('## 为什么重要 · Why reviewers care', '', fam.why, '');
  out.push('## 容差 · Tolerance', '', fam.tolerance, '');
  if (ex) {
    out.push('## 示例 · Examples', '', 'In the examples, `→` stands for a tab (a cell boundary).', '', ...renderExample(ex), '');
  }
  out.push('## 如何修改 · How to fix', '', fam.fix, '');
  const fixes = ex ? fixesOn(r.id, ex.failing) : [];
  if (fixes.length > 0) out.push('Quick fixes offered on the failing example:', '', ...fixes.map((t) => `- ${t}`), '');
  out.push('## 设置 · Setting', '', `\`budgetDisclosure.rules.${r.id}\`: \`off\` / \`hint\` / \`info\` / \`warning\` / \`error\` (default \`${r.defaultSeverity}\`).`, '');
  return out.join('\n');
}

/** Every rule's page, by file name. */
export function rulePages(rules: readonly Rule[] = RULES, examples: Readonly<Record<string, RuleExample>> = EXAMPLES): Map<string, string> {
  return new Map(rules.map((r) => [`${r.id}.md`, renderRulePage(r, examples[r.id])]));
}

export const RULE_DOCS_DIR = join(ROOT, 'docs', 'rules');

/**
 * The JSON Schema of the configuration file (.budget-disclosure.json, budget-disclosure.config.jsonc), contributed
 * to VS Code (jsonValidation) for completion and hover in the file: every rule id with its description.
 */
export function configSchemaJson(rules: readonly Rule[] = RULES): string {
  const sev = { enum: ['off', 'hint', 'info', 'warning', 'error'] };
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    ruleProps[r.id] = { ...sev, description: `${r.description['zh-CN']}（默认：${r.defaultSeverity}） / ${r.description.en} (default: ${r.defaultSeverity})`, markdownDescription: `**${r.id}** (default \`${r.defaultSeverity}\`): ${r.description['zh-CN']}\n\n${r.description.en}\n\n[${r.id}](${ruleDocUrl(r.id)})` };
  }
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'budget-disclosure configuration',
    description: '预算公开检查的配置：规则级别、科目表、表样模板、忽略的文件、语言。编辑器与命令行读取同一文件。 / Configuration of budget-disclosure, read by the editor and the CLI alike.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', description: '各规则的级别 / severity per rule', properties: ruleProps, additionalProperties: false },
      locale: { enum: ['auto', 'zh-CN', 'en'], default: 'auto', description: '信息语言；auto 跟随文档 / language of messages; auto follows the document' },
      catalog: {
        type: 'object',
        additionalProperties: false,
        properties: {
          edition: { oneOf: [{ const: 'auto' }, { type: 'integer', minimum: 2015, maximum: 2035 }], default: 'auto', description: '《政府收支分类科目》年度 / catalogue edition (year)' },
          customPaths: { type: 'array', items: { type: 'string' }, description: '自定义科目表（JSON 或 CSV），相对本文件所在文件夹 / custom catalogues (JSON or CSV), relative to this file' },
        },
      },
      templates: { type: 'array', items: { type: 'string' }, description: '表样模板文件（JSON），相对本文件所在文件夹 / table template files (JSON), relative to this file' },
      ignore: { type: 'array', items: { type: 'string' }, description: '不检查的文件（glob，相对本文件所在文件夹）/ files not checked (globs relative to this file)' },
    },
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

export const CONFIG_SCHEMA_FILE = join(ROOT, 'docs', 'config.schema.json');

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
    en[key] = `**${r.id}** (default: ${r.defaultSeverity}). ${r.description.en}. [Details](${ruleDocUrl(r.id)})`;
    zh[key] = `**${r.id}**（默认：${SEVERITY_ZH[r.defaultSeverity]}）。${r.description['zh-CN']}。[说明](${ruleDocUrl(r.id)})`;
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
  mkdirSync(RULE_DOCS_DIR, { recursive: true });
  const pages = rulePages();
  for (const f of readdirSync(RULE_DOCS_DIR)) if (f.endsWith('.md') && !pages.has(f)) rmSync(join(RULE_DOCS_DIR, f));
  for (const [f, text] of pages) writeFileSync(join(RULE_DOCS_DIR, f), text);
  writeFileSync(CONFIG_SCHEMA_FILE, configSchemaJson());
  process.stdout.write(`README rules table, ${pages.size} rule pages (docs/rules/) and ${RULES.length} rule settings written.\n`);
}
