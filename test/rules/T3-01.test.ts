import { describe, expect, it } from 'vitest';
import { ruleHits } from '../helpers';
import { FULL, alter, lineOf } from '../reconcile/fixtures';

describe('T3-01', () => {
  it('flags a T3 row whose 合计 ≠ 基本 + 项目', () => {
    const doc = alter(FULL, '2013101', '50.00', '50.10', 1, '部门预算支出总表');
    expect(ruleHits(doc, 'T3-01')).toEqual([`${lineOf(doc, '2013101', '部门预算支出总表')}:error`]);
  });

  it('passes consistent tables', () => {
    expect(ruleHits(FULL, 'T3-01')).toEqual([]);
  });
});

describe('T3-01 on a template with a column it does not name', () => {
  // Jiangsu's 支出预算总表 prints 合计, 基本支出, 项目支出 and 单位预留机动经费: 13,377.11 = 6,522.75 + 4,968.34 + 1,886.02.
  const table = (reserve: string) =>
    ['支出预算总表', '单位：万元', '序号\t合计\t基本支出\t项目支出\t单位预留机动经费', `\t13,377.11\t6,522.75\t4,968.34\t${reserve}`, ''].join('\n');

  it('states no 合计 = 基本 + 项目 identity when an unnamed column prints amounts (it may be a part)', () => {
    expect(ruleHits(table('1,886.02'), 'T3-01')).toEqual([]);
  });

  it('still checks the row when that column is empty', () => {
    expect(ruleHits(table(''), 'T3-01')).not.toEqual([]);
  });
});
