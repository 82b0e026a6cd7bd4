import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/index';
import { analyze } from '../../server/src/rules/analyze';
import { CONFIG_SCHEMA_FILE, RULE_DOCS_DIR, configSchemaJson, generate, readFiles, rulePages } from '../tools/docs';
import { EXAMPLES } from './examples';
import { ROOT } from '../helpers';

/** The registry, the rule files, the tests, the settings and the README agree (run `npm run docs` to fix the last two). */
describe('rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('has unique ids, each the name of its own file in rules/defs', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(join(ROOT, 'server', 'src', 'rules', 'defs')).map((f) => f.replace(/\.ts$/, ''));
    expect([...ids].sort()).toEqual([...files].sort());
  });

  it('has one test file per rule', () => {
    const tests = new Set(readdirSync(join(ROOT, 'test', 'rules')).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, '')));
    expect(ids.filter((id) => !tests.has(id))).toEqual([]);
  });

  it('has messages in both languages for every rule', () => {
    for (const r of RULES) {
      expect(r.description['zh-CN'], r.id).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.description.en, r.id).toMatch(/[a-z]/i);
      for (const [k, m] of Object.entries(r.messages)) {
        expect(m['zh-CN'], `${r.id}.${k}`).toBeTruthy();
        expect(m.en, `${r.id}.${k}`).toBeTruthy();
      }
    }
  });

  it('README and package.json are generated from the registry (npm run docs)', () => {
    const files = readFiles();
    const out = generate(files);
    expect(out.pkg).toBe(files.pkg);
    expect(out.nlsEn).toBe(files.nlsEn);
    expect(out.nlsZh).toBe(files.nlsZh);
    expect(out.readme).toBe(files.readme);
  });

  it('every rule has its page docs/rules/<ID>.md, as generated (npm run docs), and no page is left for a removed rule', () => {
    const pages = rulePages();
    expect(ids.filter((id) => !existsSync(join(RULE_DOCS_DIR, `${id}.md`)))).toEqual([]);
    for (const [file, text] of pages) expect(readFileSync(join(RULE_DOCS_DIR, file), 'utf8'), file).toBe(text);
    expect(readdirSync(RULE_DOCS_DIR).filter((f) => !pages.has(f))).toEqual([]);
  });

  it("the configuration file's JSON Schema lists every rule (npm run docs)", () => {
    expect(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')).toBe(configSchemaJson());
  });
});

describe.each(RULES.map((r) => r.id))('README example of %s', (id) => {
  const ex = EXAMPLES[id];
  it('exists', () => expect(ex).toBeDefined());
  it.runIf(!!ex)('fails where it says it fails, and passes where it says it passes', () => {
    expect(analyze(ex!.failing).findings.some((f) => f.ruleId === id)).toBe(true);
    expect(analyze(ex!.passing).findings.some((f) => f.ruleId === id)).toBe(false);
  });
});
