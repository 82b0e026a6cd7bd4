import { describe, expect, it } from 'vitest';
import { findings, seed } from '../helpers';
import { edit, hits } from './narrativeFixture';

/** Seed 000 prints its 政府基金 table empty under "注：无政府基金预算财政拨款预算，空表列示。" (line 1386). */
const EMPTY_ROW = '\t5\n\n\t\n\t\n\t\n\t\n\t\n\t\n\n\n注：无政府基金预算财政拨款预算，空表列示。';
const FILLED_ROW = '\t5\n\n\t1\n\t2120101\n\t行政运行\n\t5.00\n\t5.00\n\t\n\n\n注：无政府基金预算财政拨款预算，空表列示。';

describe('C13 a table called empty', () => {
  it('passes the seeds, whose empty tables are empty', () => {
    for (const n of ['000', '001', '002', '003', '004']) expect(hits(seed(n), 'C13'), n).toEqual([]);
  });

  it('flags the note under a table that holds figures', () => {
    const t = edit('000', [EMPTY_ROW, FILLED_ROW]);
    const f = findings(t).filter((x) => x.ruleId === 'C13');
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/^此处称“部门预算政府基金预算财政拨款支出表”为空表，但该表列有金额（如第 \d+ 行 5\.00）$/)]);
  });

  it('flags an explanation that calls a named table empty when it is not, also wrapped over lines', () => {
    const t = edit('000', [EMPTY_ROW, FILLED_ROW.replace('注：无政府基金预算财政拨款预算，空表列示。', '')]);
    const said = '本部门2023年无政府性基金预算财政拨款安排的预算，故《政府性基金预算财政拨款支出表》为空表。';
    const withText = `${t}\n八、其他需要说明的事项\n${said}\n`;
    expect(hits(withText, 'C13')).toHaveLength(1);
    const wrapped = `${t}\n八、其他需要说明的事项\n${said.slice(0, 24)}\n${said.slice(24)}\n`;
    expect(hits(wrapped, 'C13')).toHaveLength(1);
    // The same explanation about the table left empty is right.
    expect(hits(`${seed('000')}\n八、其他需要说明的事项\n${said}\n`, 'C13')).toEqual([]);
  });
});
