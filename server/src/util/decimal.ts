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
