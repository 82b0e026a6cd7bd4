import Decimal from 'decimal.js';

export { Decimal };

/**
 * A printed figure: its value, and how many decimals were printed. The figure stands for the interval
 * value ± half a unit of its last printed digit (XBRL Calculations 1.1), so 12.36 means [12.355, 12.365].
 */
export interface Printed {
  readonly value: Decimal;
  readonly decimals: number;
}

/** Half a unit of the last digit for 0…12 printed decimals, computed once (Decimal values are immutable). */
const HALF_UNITS: readonly Decimal[] = Array.from({ length: 13 }, (_, d) => new Decimal(`5e-${d + 1}`));

export function halfUnit(decimals: number): Decimal {
  return HALF_UNITS[decimals] ?? new Decimal(5).times(new Decimal(10).pow(-(decimals + 1)));
}

export function lower(p: Printed): Decimal {
  return p.value.minus(halfUnit(p.decimals));
}

export function upper(p: Printed): Decimal {
  return p.value.plus(halfUnit(p.decimals));
}

const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * A printed number whose Decimal is built on first use: a document holds tens of thousands of figures and
 * most are read only by the rules that need them, so reading a document stays cheap.
 */
export class LazyPrinted implements Printed {
  private cached: Decimal | undefined;

  constructor(
    private readonly source: string,
    readonly decimals: number,
    readonly thousands: boolean,
  ) {}

  get value(): Decimal {
    return (this.cached ??= new Decimal(this.source));
  }
}

/** The parts of a plain printed number ("1,130.72", "-5.2", ".5"): its canonical source, decimals, separators. */
export function scanPrinted(text: string): { source: string; decimals: number; thousands: boolean } | undefined {
  const m = NUMBER_RE.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const intPart = (m[2] ?? '0').replace(/,/g, '');
  const frac = m[3] ?? '';
  return { source: `${m[1]}${intPart}${frac ? '.' + frac : ''}`, decimals: frac.length, thousands: (m[2] ?? '').includes(',') };
}

/**
 * Reads a plain printed number; undefined for anything else. The text must already be normalised (ASCII digits).
 */
export function parsePrinted(text: string): LazyPrinted | undefined {
  const s = scanPrinted(text);
  return s ? new LazyPrinted(s.source, s.decimals, s.thousands) : undefined;
}

/** Formats a value with a fixed number of decimals, as the documents print it. */
export function fmt(v: Decimal, decimals = 2): string {
  return v.toFixed(decimals);
}

export const ZERO = new Decimal(0);
export const WAN = new Decimal(10000);

/**
 * A closed interval of values: what a printed figure, or a quantity computed from printed figures, may be.
 * Rates and shares computed from figures are intervals too, so a gap that the printing explains is never an error.
 */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** The interval a printed figure stands for, scaled by `factor` (a unit conversion). */
export function intervalOf(p: Printed, factor: Decimal = new Decimal(1)): Interval {
  const a = lower(p).times(factor);
  const b = upper(p).times(factor);
  return a.lte(b) ? { lo: a, hi: b } : { lo: b, hi: a };
}

export function intervalSum(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function intervalMinus(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** a ÷ b; undefined when b may be zero (no ratio exists). */
export function intervalDiv(a: Interval, b: Interval): Interval | undefined {
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  const q = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...q), hi: Decimal.max(...q) };
}

export function intervalScale(a: Interval, k: Decimal): Interval {
  const x = a.lo.times(k);
  const y = a.hi.times(k);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

export function intervalMid(a: Interval): Decimal {
  return a.lo.plus(a.hi).div(2);
}
