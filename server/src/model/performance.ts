import { compact } from '../util/text';
import type { Cell, Indicator, PerformanceInfo, Row } from './types';

function nextValue(cells: Cell[], from: number): Cell | undefined {
  for (let k = from + 1; k < cells.length; k++) if (cells[k].text !== '') return cells[k];
  return undefined;
}

/**
 * Reads a 项目绩效目标表 from its rows: project name and code, 预算数 with 财政资金 / 其他资金,
 * the 资金支出计划 headers and values, and the indicator rows (一级 / 二级 / 三级指标, 指标值).
 */
export function performanceOf(rows: Row[]): PerformanceInfo {
  let projectName: PerformanceInfo['projectName'];
  let projectCode: PerformanceInfo['projectCode'];
  let budget: Cell | undefined;
  let fiscal: Cell | undefined;
  let other: Cell | undefined;
  let plan: PerformanceInfo['plan'];
  const indicators: Indicator[] = [];
  let inIndicators = false;
  let level1 = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cells = r.cells;
    const keys = cells.map((c) => compact(c.text));
    if (keys.some((k) => k === '一级指标')) {
      inIndicators = true;
      continue;
    }
    const planAt = keys.findIndex((k) => /^资金支出计划/.test(k));
    if (planAt >= 0) {
      const headers = cells.slice(planAt + 1).filter((c) => c.text !== '');
      const next = rows[i + 1];
      let values: Cell[] = [];
      if (next && compact(next.cells[0]?.text ?? '') === '' && next.cells.some((c) => c.amount || c.quantity)) {
        values = next.cells.slice(planAt + 1).filter((c) => c.text !== '');
        i++;
        // A period wrapped onto a row of its own ("12月底 | 85.00" under the 3月底 … 10月底 rows, seed 003 L752).
        while (rows[i + 1] && /^\d{1,2}月底$/.test(compact(rows[i + 1].cells[0]?.text ?? ''))) {
          const extra = rows[i + 1].cells.filter((c) => c.text !== '');
          if (extra.length !== 2 || !(extra[1].amount || extra[1].quantity)) break;
          headers.push(extra[0]);
          values.push(extra[1]);
          i++;
        }
      }
      plan = {
        headers,
        values,
        percent: /%|％/.test(keys[planAt]) || values.some((v) => v.quantity?.unit === '%'),
        line: r.line,
        span: r.span,
      };
      inIndicators = false;
      continue;
    }
    if (!inIndicators) {
      keys.forEach((k, idx) => {
        if (k === '项目名称' && !projectName) {
          const v = nextValue(cells, idx);
          if (v) projectName = { value: compact(v.text), span: v.span, line: r.line };
        } else if (k === '项目编码' && !projectCode) {
          const v = nextValue(cells, idx);
          if (v) projectCode = { value: compact(v.text), span: v.span, line: r.line };
        } else if (k === '预算数' && !budget) budget = nextValue(cells, idx);
        else if (/^(其中[:：])?财政资金$/.test(k) && !fiscal) fiscal = nextValue(cells, idx);
        else if (k === '其他资金' && !other) other = nextValue(cells, idx);
      });
      continue;
    }
    // An indicator row: [一级, 二级, 三级, 描述, 指标值, 依据]; 一级 carries down when blank.
    if (cells.length >= 5) {
      if (keys[0]) level1 = keys[0];
      const value = cells[4];
      indicators.push({
        level1,
        level2: keys[1] ?? '',
        level3: keys[2] ?? '',
        description: cells[3]?.text ?? '',
        value,
        line: r.line,
        span: r.span,
      });
    }
  }
  return {
    ...(projectName ? { projectName } : {}),
    ...(projectCode ? { projectCode } : {}),
    ...(budget ? { budget } : {}),
    ...(fiscal ? { fiscal } : {}),
    ...(other ? { other } : {}),
    ...(plan ? { plan } : {}),
    indicators,
  };
}
