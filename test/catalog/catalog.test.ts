import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_DATA_FILES,
  Catalog,
  builtinCatalog,
  catalogFileSchema,
  normalizeName,
  parseCustomCatalog,
  type CatalogEntry,
} from '../../server/src/catalog/index';
import { extractPrintedCodes } from './extractCodes';

const cat = builtinCatalog();

describe('data files', () => {
  for (const [scheme, raw] of Object.entries(BUILTIN_DATA_FILES)) {
    it(`${scheme}.json validates against the schema`, () => {
      const r = catalogFileSchema.safeParse(raw);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
    });
  }

  it('the schema rejects a 款 with a wrong parent and a 7-digit 类', () => {
    const bad = {
      entries: [
        { scheme: 'economic', code: '30217', name: 'x', level: '款', parent: '301', confidence: 'observed', sources: ['T'] },
        { scheme: 'functional', code: '2010301', name: 'x', level: '类', confidence: 'observed', sources: ['T'] },
      ],
    };
    const r = catalogFileSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.length).toBe(2);
  });

  it('every 款 and 项 has its parent in the catalogue', () => {
    const orphans = cat.entries().filter((e) => e.parent !== undefined && cat.lookup(e.parent, { scheme: e.scheme }) === undefined);
    expect(orphans.map((e) => e.code)).toEqual([]);
  });

  it('covers the complete economic classifications', () => {
    const econClasses = cat.entries().filter((e) => e.scheme === 'economic' && e.level === '类').map((e) => e.code);
    expect(econClasses).toEqual(['301', '302', '303', '307', '309', '310', '311', '312', '313', '399']);
    const govClasses = cat.entries().filter((e) => e.scheme === 'economicGov' && e.level === '类').map((e) => e.code);
    expect(govClasses).toEqual(['501', '502', '503', '504', '505', '506', '507', '508', '509', '510', '511', '512', '513', '514', '599']);
    for (const c of [...econClasses, ...govClasses]) expect(cat.children(c).length, c).toBeGreaterThan(0);
  });

  it('every functional 类 that disclosures use most has 款 and 项', () => {
    for (const c of ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '220', '221', '224', '229']) {
      const kuan = cat.children(c);
      expect(kuan.length, c).toBeGreaterThan(0);
      expect(kuan.some((k) => cat.children(k.code).length > 0), c).toBe(true);
    }
  });
});

describe('lookups a user would notice', () => {
  it('30231 公务用车运行维护费 with its 说明', () => {
    const e = cat.lookup('30231')!;
    expect(e.scheme).toBe('economic');
    expect(e.name).toBe('公务用车运行维护费');
    expect(e.level).toBe('款');
    expect(e.explanation).toMatch(/^反映.*公务用车/);
    expect(cat.parentChain(e).map((x) => x.name)).toEqual(['商品和服务支出', '公务用车运行维护费']);
  });

  it('2010301 行政运行 and its parent chain', () => {
    const e = cat.lookup('2010301')!;
    expect(e.name).toBe('行政运行');
    expect(e.explanationGeneric).toBe(true);
    expect(e.explanation).toContain('行政单位');
    expect(cat.parentChain(e).map((x) => `${x.code} ${x.name}`)).toEqual([
      '201 一般公共服务支出',
      '20103 政府办公厅（室）及相关机构事务',
      '2010301 行政运行',
    ]);
  });

  it('split codes are normalised', () => {
    expect(cat.lookup('201 | 03 | 01')?.name).toBe('行政运行');
    expect(cat.lookup('201\t03\t01')?.code).toBe('2010301');
  });

  it('30217 公务接待费', () => {
    const e = cat.lookup('30217')!;
    expect(e.name).toBe('公务接待费');
    expect(e.parent).toBe('302');
    expect(e.explanation).toContain('公务接待');
  });

  it('default scheme: 5xx → government economic classification; explicit scheme overrides', () => {
    expect(cat.lookup('50201')?.scheme).toBe('economicGov');
    expect(cat.lookup('50201')?.name).toBe('办公经费');
    expect(cat.lookup('201', { scheme: 'economic' })).toBeUndefined();
    expect(cat.lookup('99999')).toBeUndefined();
    expect(cat.lookup('abc')).toBeUndefined();
  });

  it('children lists 款 of a 类 in code order', () => {
    const kids = cat.children('301').map((e) => e.code);
    expect(kids[0]).toBe('30101');
    expect(kids).toContain('30199');
    expect([...kids].sort()).toEqual(kids);
  });
});

describe('search', () => {
  it('by code prefix 3021', () => {
    const r = cat.search('3021');
    expect(r.length).toBeGreaterThan(5);
    expect(r.every((e) => e.code.startsWith('3021'))).toBe(true);
    expect(r.map((e) => e.code)).toContain('30217');
  });

  it('by name fragment 接待', () => {
    const r = cat.search('接待');
    expect(r.map((e) => e.code)).toEqual(expect.arrayContaining(['30217', '50206']));
    expect(r.every((e) => e.name.includes('接待'))).toBe(true);
  });

  it('ranks exact name and name-start before containment; honours scheme and limit', () => {
    const r = cat.search('行政运行', { scheme: 'functional', limit: 5 });
    expect(r).toHaveLength(5);
    expect(r.every((e) => e.name === '行政运行')).toBe(true);
    const m = cat.search('会议费');
    expect(m[0]!.name).toBe('会议费');
    expect(cat.search('会议费', { scheme: 'economicGov' }).map((e) => e.code)).toEqual(['50202']);
  });

  it('finds a code by its former name', () => {
    expect(cat.search('医疗卫生与计划生育', { scheme: 'functional' }).map((e) => e.code)).toContain('210');
  });
});

describe('names', () => {
  it('ignores spaces, parenthesis width and level suffixes', () => {
    expect(cat.nameMatches('20103', '政府办公厅(室)及相关机构事务', 2024)).toBe(true);
    expect(cat.nameMatches('20103', '政府办公厅（室）及相关机构事务（款）', 2024)).toBe(true);
    expect(cat.nameMatches('30213', '维修(护)费', 2024)).toBe(true);
    expect(cat.nameMatches('2010301', '行 政 运 行', 2024)).toBe(true);
    expect(normalizeName('公共安全支出（类）')).toBe('公共安全支出');
  });

  it('accepts former names and rejects wrong ones', () => {
    expect(cat.nameMatch('210', '医疗卫生与计划生育支出', 2018)).toBe('former');
    expect(cat.nameMatches('207', '文化体育与传媒支出', 2018)).toBe(true);
    expect(cat.nameMatches('30217', '会议费', 2024)).toBe(false);
    expect(cat.nameMatches('30210', '车辆运行费', 2024)).toBe(false);
  });
});

describe('editions and year status', () => {
  it('declares the covered editions', () => {
    expect(cat.editions()).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('a code added in 2025 is not yet valid in 2024', () => {
    expect(cat.entryStatus('2170404', 2024)).toBe('notYet');
    expect(cat.entryStatus('2170404', 2025)).toBe('ok');
    expect(cat.isKnown('2170404', 2024)).toBe(false);
    expect(cat.lookup('2170404', { year: 2024 })).toBeUndefined();
    expect(cat.lookup('2170404', { year: 2025 })?.name).toBe('中央金融机构注资特别国债支出');
  });

  it('社会工作事务 (20139) arrives with the 2024 edition', () => {
    expect(cat.entryStatus('20139', 2023)).toBe('notYet');
    expect(cat.entryStatus('2013999', 2024)).toBe('ok');
  });

  it('a retired code is reported as retired', () => {
    expect(cat.entryStatus('20705', 2024)).toBe('retired');
    expect(cat.entryStatus('20705', 2018)).toBe('ok');
    expect(cat.entryStatus('1234567', 2024)).toBe('unknown');
    expect(cat.search('207', { year: 2024 }).map((e) => e.code)).not.toContain('20705');
  });
});

// ---------------------------------------------------------------------------------------------

const SEEDS = path.resolve(__dirname, '../../seeds');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

/** Codes a document prints that are not codes of the official classification, with the reason. */
const KNOWN_DOCUMENT_QUIRKS: Record<string, Record<string, string>> = {
  // This 单位预算 numbers the 302 款 of its 基本支出 table sequentially (302 02 咨询费, 302 10 车辆运行费, …)
  '13_shpt-fly-2024-danwei-yusuan.txt': { '30210': 'local sequential numbering, not a 2018+ 款 code' },
};

function unknownCodes(dir: string, file: string, year?: number): string[] {
  const printed = extractPrintedCodes(fs.readFileSync(path.join(dir, file), 'utf8'));
  const quirks = KNOWN_DOCUMENT_QUIRKS[file] ?? {};
  return printed
    .filter((p) => !(p.code in quirks))
    .filter((p) => (year === undefined ? !cat.isKnown(p.code) : cat.entryStatus(p.code, year) !== 'ok'))
    .map((p) => `${p.code} ${p.name} (line ${p.line})`);
}

describe('coverage of the seeds', () => {
  const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it('finds the seed files and the codes in them', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const all = files.flatMap((f) => extractPrintedCodes(fs.readFileSync(path.join(SEEDS, f), 'utf8')));
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((p) => p.code === '2010301' && p.name === '行政运行')).toBe(true);
  });

  for (const f of files) {
    it(`every code printed in ${f} is known`, () => {
      expect(unknownCodes(SEEDS, f)).toEqual([]);
    });
  }

  it('the seeds print catalogue names (up to wrapped labels)', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const p of extractPrintedCodes(fs.readFileSync(path.join(SEEDS, f), 'utf8'))) {
        const e = cat.lookup(p.code)!;
        if (!cat.nameMatches(p.code, p.name) && !normalizeName(e.name).startsWith(normalizeName(p.name))) bad.push(`${f}: ${p.code} ${p.name}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('coverage of the shared corpus', () => {
  const present = fs.existsSync(CORPUS);
  const files = present ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')) : [];

  it.skipIf(!present)('every code printed in the corpus tables is known', () => {
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((f) => unknownCodes(CORPUS, f).map((u) => `${f}: ${u}`));
    expect(problems).toEqual([]);
  });

  it.skipIf(!present)('the extractor sees the local numbering quirk it is told to ignore', () => {
    const f = '13_shpt-fly-2024-danwei-yusuan.txt';
    const printed = extractPrintedCodes(fs.readFileSync(path.join(CORPUS, f), 'utf8'));
    expect(printed.some((p) => p.code === '30210' && p.name === '车辆运行费')).toBe(true);
    expect(cat.isKnown('30210')).toBe(false);
  });

  it.skipIf(!present)('Shanghai 2024+ documents use codes valid in their year', () => {
    const yearOf = (f: string) => Number(/-(20\d\d)-/.exec(f)?.[1]);
    const problems = files
      .filter((f) => f.startsWith('0') || f.startsWith('1'))
      .filter((f) => yearOf(f) >= 2021)
      .flatMap((f) => unknownCodes(CORPUS, f, yearOf(f)).map((u) => `${f}: ${u}`));
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('custom catalogues', () => {
  it('good JSON: overrides a built-in entry and adds a provincial code', () => {
    const json = JSON.stringify({
      editions: [2027],
      entries: [
        { scheme: 'functional', code: '2010350', name: '事业运行（省定）', explanation: '本省口径。', since: 2025 },
        { code: '2019998', name: '省级专项', level: '项', parent: '20199' },
      ],
    });
    const r = parseCustomCatalog(json, 'json', 'province.json');
    expect(r.errors).toEqual([]);
    expect(r.catalog!.size).toBe(2);
    const merged = cat.merge(r.catalog!);
    expect(merged.lookup('2010350')?.name).toBe('事业运行（省定）');
    expect(merged.lookup('2010350')?.sources).toContain('CUSTOM:province.json');
    expect(merged.entryStatus('2010350', 2024)).toBe('notYet');
    expect(cat.lookup('2010350')?.name).toBe('事业运行'); // the built-in catalogue is untouched
    const added = merged.lookup('2019998')!;
    expect(merged.parentChain(added).map((e) => e.code)).toEqual(['201', '20199', '2019998']);
    expect(merged.editions()).toContain(2027);
    expect(merged.size).toBe(cat.size + 1);
  });

  it('good CSV with quotes, BOM and CRLF', () => {
    const csv =
      '\uFEFFscheme,code,level,parent,name,explanation,since,until\r\n' +
      'economic,30210,款,302,车辆运行费,"反映车辆运行的支出，含""油料""。",2024,2024\r\n' +
      ',2130160,,,"乡村振兴,专项",,,\r\n';
    const r = parseCustomCatalog(csv, 'csv', 'local.csv');
    expect(r.errors).toEqual([]);
    const m = cat.merge(r.catalog!);
    const e = m.lookup('30210')!;
    expect(e.explanation).toBe('反映车辆运行的支出，含"油料"。');
    expect(m.entryStatus('30210', 2024)).toBe('ok');
    expect(m.entryStatus('30210', 2025)).toBe('retired');
    expect(m.lookup('2130160')).toMatchObject({ scheme: 'functional', level: '项', parent: '21301', name: '乡村振兴,专项' });
  });

  it('bad JSON: one bilingual message, no catalogue, no throw', () => {
    const r = parseCustomCatalog('{"entries": [ {"code": "2010301", ', 'json', 'broken.json');
    expect(r.catalog).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!['zh-CN']).toContain('broken.json');
    expect(r.errors[0]!['zh-CN']).toContain('JSON');
    expect(r.errors[0]!.en).toContain('not valid JSON');
  });

  it('JSON with an invalid entry names the entry', () => {
    const r = parseCustomCatalog(JSON.stringify([{ code: '2010301', name: '行政运行' }, { code: '20103011', name: 'x' }]), 'json', 'c.json');
    expect(r.catalog).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.en).toMatch(/entry 2: invalid code "20103011"/);
  });

  it('bad CSV header: one message listing what is missing', () => {
    const r = parseCustomCatalog('code,name\n2010301,行政运行\n', 'csv', 'bad.csv');
    expect(r.catalog).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.en).toContain('missing scheme,level,parent,explanation,since,until');
    expect(r.errors[0]!['zh-CN']).toContain('表头');
  });

  it('bad CSV rows: wrong scheme, level mismatch, unterminated quote, since after until', () => {
    const head = 'scheme,code,level,parent,name,explanation,since,until\n';
    const cases: [string, RegExp][] = [
      [head + 'budget,30210,款,302,车辆运行费,,,\n', /line 2: unknown scheme "budget"/],
      [head + 'economic,30210,项,302,车辆运行费,,,\n', /line 2: entry 30210 is invalid/],
      [head + 'economic,30210,款,302,"车辆运行费,,,\n', /unterminated quote/],
      [head + 'economic,30210,款,302,车辆运行费,,2025,2024\n', /since must not be after/],
      [head + 'economic,30210,款,302,a,,,\neconomic,30210,款,302,b,,,\n', /line 3: duplicate code 30210/],
      [head, /contains no entries/],
    ];
    for (const [text, re] of cases) {
      let r: ReturnType<typeof parseCustomCatalog> | undefined;
      expect(() => (r = parseCustomCatalog(text, 'csv', 'x.csv'))).not.toThrow();
      expect(r!.catalog).toBeUndefined();
      expect(r!.errors).toHaveLength(1);
      expect(r!.errors[0]!.en).toMatch(re);
    }
  });
});

describe('immutability', () => {
  it('entries and the catalogue are frozen; builtinCatalog is built once', () => {
    const e = cat.lookup('30217') as CatalogEntry & { name: string };
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(cat)).toBe(true);
    expect(builtinCatalog()).toBe(cat);
    const small = new Catalog([e]);
    expect(small.merge(new Catalog([])).lookup('30217')).toBe(e);
  });
});
