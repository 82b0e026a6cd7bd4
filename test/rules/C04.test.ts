import { describe, expect, it } from 'vitest';
import { seed } from '../helpers';
import { fixes, hits } from './narrativeFixture';

describe('C04 empty narrative sections', () => {
  it('000 L1572, 002 L1825 and 003 L557 are bare headings (warning)', () => {
    expect(hits(seed('000'), 'C04')).toEqual(['1572:warning']);
    expect(hits(seed('002'), 'C04')).toEqual(['1825:warning']);
    expect(hits(seed('003'), 'C04')).toEqual(['557:warning']);
    expect(fixes(seed('000'), 'C04')).toEqual([['', '\n无']]);
  });

  it('004 writes 无 (L537–539): passes', () => {
    expect(hits(seed('004'), 'C04')).toEqual([]);
  });

  it('reads a contents page printed without page numbers as contents, not as empty sections', () => {
    const body = ['第一部分 部门概况', '一、主要职能', '本部门负责……。', '六、政府采购预算情况', '本年度政府采购预算 10.00 万元。'];
    const contents = ['第一部分 部门概况', '一、主要职能', '六、政府采购支出预算表', '七、国有资产占用情况'];
    for (const title of [['目录'], ['目', '', '录']]) {
      const text = ['2019年度部门预算公开', ...title, ...contents, '', ...body].join('\n');
      expect(hits(text, 'C04')).toEqual([]);
    }
    // Without the 目录 line the same bare headings are empty sections.
    expect(hits(['2019年度部门预算公开', ...contents, '', ...body].join('\n'), 'C04')).toEqual(['4:warning', '5:warning']);
  });
});

describe('C04 the last line of a table of contents', () => {
  it('is no empty section, whether its page number is printed or not', () => {
    const toc = ['2024年部门预算', '目录', '一、部门主要职能 ………… 1', '二、部门预算安排的总体情况 ………… 2', '三、其他需要说明的事项 ………… 3'];
    const body = ['一、部门主要职能', '本部门负责全区财政管理工作。', '二、部门预算安排的总体情况', '2024年收入预算100.00万元。', '三、其他需要说明的事项', '无。'];
    expect(hits([...toc, ...body].join('\n'), 'C04')).toEqual([]);
    // The last entry without its page number, followed by the body.
    expect(hits([...toc.slice(0, -1), '三、其他需要说明的事项', ...body].join('\n'), 'C04')).toEqual([]);
  });

  it('is no empty section when the contents page carries a page number and its last entry has none', () => {
    // The body prints 名词解释 in an attachment, not as a heading: only the contents line names it.
    const toc = ['2024年部门预算', '目录', '- 1 -', '一、部门主要职能 ………… 1', '二、部门预算安排的总体情况 ………… 2', '三、名词解释'];
    const body = ['第一部分 部门概况', '一、部门主要职能', '本部门负责全区财政管理工作。', '二、部门预算安排的总体情况', '2024年收入预算100.00万元。'];
    expect(hits([...toc, ...body].join('\n'), 'C04')).toEqual([]);
    // A bare heading in the body is still flagged.
    expect(hits([...toc.slice(0, -1), ...body, '三、名词解释'].join('\n'), 'C04')).toEqual(['11:warning']);
  });
});
