/**
 * One failing and one passing example per rule, shown in the README and checked by test/rules/registry.test.ts:
 * the failing text must trigger the rule and the passing text must not. Tabs are cell boundaries.
 */
export interface RuleExample {
  readonly failing: string;
  readonly passing: string;
  /** A sentence for the README entry (e.g. why a warning beyond RULES.md §3.1 fires on a seed). */
  readonly note?: string;
}

import { TABLE_EXAMPLES } from '../reconcile/examples';
import { K_EXAMPLES } from './codeFixtures';
import { NARRATIVE_EXAMPLES } from './narrativeExamples';

export const EXAMPLES: Record<string, RuleExample> = {
  ...TABLE_EXAMPLES,
  ...K_EXAMPLES,
  ...NARRATIVE_EXAMPLES,
  S01: {
    failing: '部门机构设置情况\n\t单位名称\n\t单位性质\n\n\t某中心\n\t事业\n',
    passing: '部门预算财政拨款“三公”经费支出表\n序号\t项 目\t合计\n栏次\t1\t2\n1\t“三公”经费小计\t1.00\n',
  },
  S03: {
    failing: [
      '          一般公共预算支出功能分类预算表',
      '                                        单位：元',
      '功能分类科目编码   功能分类科目名称        合计         基本支出',
      '201               一般公共服务支出       501,200       501,200',
      '20105             统计信息事务           501,200       501,200',
      '2010506           统计管理                 1,300         1,300',
      '2010507           专项普查活动           500,000       500,000',
    ].join('\n'),
    passing: [
      '          一般公共预算支出功能分类预算表',
      '                                        单位：元',
      '功能分类科目编码   功能分类科目名称        合计         基本支出',
      '201               一般公共服务支出       501,200       501,200',
      '20105             统计信息事务           501,200       501,200',
      '2010506           统计管理                 1,200         1,200',
      '2010507           专项普查活动           500,000       500,000',
    ].join('\n'),
    note: 'Corpus 05 shows the hint side: 212 城乡社区支出 154,369,326 against its 款 154,369,327, a gap of 1 元 that rounding to whole 元 explains (R01).',
  },
  S04: {
    failing: [
      '                      部门支出预算表',
      '                                                        单位：元',
      '功能分类科目编码   功能分类科目名称        合计           基本支出        项目支出',
      '204               公共安全支出       79,189,400.34   14,348,853.34   64,840,547.00',
      '204   06          司法               79,189,400.34   14,348,853.34   64,840,547.00',
      '204   06   01     行政运行           14,348,853.34   14,348,853.34   64,840,547.00',
      '204   06   04     基层司法业务       21,703,947.00            0.00   21,703,947.00',
      '204   06   99     其他司法支出       43,136,600.00            0.00   43,136,600.00',
    ].join('\n'),
    passing: [
      '                      部门支出预算表',
      '                                                        单位：元',
      '功能分类科目编码   功能分类科目名称        合计           基本支出        项目支出',
      '204               公共安全支出       79,189,400.34   14,348,853.34   64,840,547.00',
      '204   06          司法               79,189,400.34   14,348,853.34   64,840,547.00',
      '204   06   01     行政运行           14,348,853.34   14,348,853.34            0.00',
      '204   06   04     基层司法业务       21,703,947.00            0.00   21,703,947.00',
      '204   06   99     其他司法支出       43,136,600.00            0.00   43,136,600.00',
    ].join('\n'),
    note: "Corpus 12 prints its 行政运行 row exactly as the failing example, in both tables that list it: the finding sits on the 64,840,547.00 (it also breaks the 款's 项目支出 column, S03) and offers 0.00. A table whose rows are not 合计 then its parts (上年 / 本年 / 增减, 预算数 / 决算数, 年初结转 … 年末结转) is not checked: at least three rows of three figures must hold the identity and at most one row in four may break it.",
  },
  S02: {
    failing: '<table><tr><td>合计</td><td>1.00',
    passing: '<table><tr><td>合计</td><td>1.00</td></tr></table>',
  },
};
