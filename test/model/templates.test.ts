import { describe, expect, it } from 'vitest';
import { buildModel } from '../../server/src/model/buildModel';
import { compileKinds } from '../../server/src/model/tableKinds';

const doc = [
  '部门经费支出一览表',
  '单位：万元',
  '序号\t功能分类科目\t\t合计\t基本支出\t项目支出',
  '\t科目编码\t科目名称\t\t\t',
  '栏次\t1\t2\t3\t4\t5',
  '1\t\t合计\t10.00\t6.00\t4.00',
].join('\n');

describe('table templates', () => {
  it('leave a table with an unknown title unrecognized by default', () => {
    expect(buildModel(doc).tables[0].kind).toBe('unknown');
  });

  it('recognize a region\'s own title as a kind, with its column layout', () => {
    const templates = compileKinds([
      { id: 'T3', name: '支出总表（本地表样）', titles: ['经费支出一览表$'], columns: { '1': 'code', '2': 'name', '3': 'total', '4': 'basic', '5': 'project' } },
    ]);
    const t = buildModel(doc, undefined, { templates }).tables[0];
    expect(t.kind).toBe('T3');
    expect(t.columns.find((c) => c.role === 'basic')?.index).toBe(4);
    expect(t.unit?.value).toBe('万元');
  });

  it('skip a template entry with a bad expression or an unknown id', () => {
    expect(compileKinds([{ id: 'T3', name: 'x', titles: ['(unclosed'] }, { id: 'T99', name: 'y', titles: ['x'] }])).toEqual([]);
  });
});
