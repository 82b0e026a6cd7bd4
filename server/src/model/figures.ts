import { LazyPrinted, scanPrinted } from '../util/decimal';
import type { Span } from '../util/span';
import { hasWhiteSpace } from '../util/text';
import type { Figure, MoneyUnit, Quantity } from './types';

/** Texts that stand for "nothing" in a numeric cell. */
const BLANKS = /^(?:[-—–－―─]{1,3}|\/|无|\s*)$/;

export function isBlankValue(text: string): boolean {
  // Most cells are figures or labels: a digit first, or a long text, is never blank.
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return BLANKS.test(text);
}

/** A plain number filling the whole cell text; `span` is the cell's span. */
export function figureOf(text: string, span: Span): Figure | undefined {
  if (text.length === 0 || text.length > 40) return undefined;
  const c = text.charCodeAt(0);
  // Cheap rejection of labels before any regex: a number starts with a digit, a sign or a point.
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46)) return undefined;
  const t = hasWhiteSpace(text) ? text.replace(/\s+/g, '') : text;
  return makeFigure(t, span);
}

/** A figure printed at `span`; its Decimal is built on first use. */
class CellFigure extends LazyPrinted implements Figure {
  constructor(
    source: string,
    decimals: number,
    thousands: boolean,
    readonly text: string,
    readonly span: Span,
  ) {
    super(source, decimals, thousands);
  }
}

/** A figure for `text` at `span`, from a scanned number. */
export function makeFigure(text: string, span: Span): Figure | undefined {
  const p = scanPrinted(text);
  return p ? new CellFigure(p.source, p.decimals, p.thousands, text, span) : undefined;
}

const QUANTITY =
  /^(≥|≤|>|<|=|不超过|不高于|不低于|不少于|大于等于|小于等于|大于|小于|约)?\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*(%|‰|万元|亿元|元|[^\d\s%,.。；;，、()（）]{1,4})?\s*(?:\/\s*([^\d\s/]{1,3}))?$/;
const OPS: Record<string, Quantity['op']> = {
  '≥': '≥', '≤': '≤', '>': '>', '<': '<', '=': '=', 不超过: '≤', 不高于: '≤', 不低于: '≥', 不少于: '≥',
  大于等于: '≥', 小于等于: '≤', 大于: '>', 小于: '<', 约: '',
};

/** A quantity such as `7人`, `≥95%`, `≤2.8 万元`, `228.6元/册`; undefined for plain numbers and prose. */
export function quantityOf(text: string, span: Span): Quantity | undefined {
  if (text.length > 40 || !/\d/.test(text)) return undefined;
  const m = QUANTITY.exec(text.trim());
  if (!m) return undefined;
  if (!m[1] && !m[3]) return undefined;
  const figure = makeFigure(m[2], span);
  if (!figure) return undefined;
  return {
    op: m[1] ? OPS[m[1]] ?? '' : '',
    figure,
    unit: m[3] ?? '',
    ...(m[4] ? { per: m[4] } : {}),
  };
}

export function moneyUnit(s: string): MoneyUnit | undefined {
  if (s === '元' || s === '万元' || s === '亿元') return s;
  return undefined;
}
