import { describe, expect, it } from 'vitest';
import { Decimal, halfUnit } from '../../server/src/util/decimal';
import { evaluate } from '../../server/src/reconcile/evaluate';
import { reconcile } from '../../server/src/reconcile/reconcile';
import { IDENTITY_SOURCES } from '../../server/src/reconcile/sources';
import { atLeast, equal, sum } from '../../server/src/reconcile/identities/common';
import type { IdentitySpec, Term } from '../../server/src/reconcile/types';
import { buildModel } from '../../server/src/model/buildModel';
import { parse } from '../../server/src/syntax/parse';
import { analyze } from '../../server/src/rules/analyze';
import { defineRule } from '../../server/src/rules/types';
import T1_01 from '../../server/src/rules/defs/T1-01';
import { FULL, alter } from './fixtures';
import { seed } from '../helpers';

let offset = 0;
/** A printed figure ("12.36"), or a blank cell (undefined), in 万元 unless `scale` converts it. */
function term(text: string | undefined, scale = new Decimal(1)): Term {
  const span = { start: offset, end: (offset += 6) };
  const ref = { kind: 'cell' as const, tableId: 'T', row: 0, col: offset };
  if (text === undefined) return { ref, span, line: 0, label: 'blank', value: new Decimal(0), half: new Decimal(0) };
  const decimals = text.includes('.') ? text.split('.')[1].length : 0;
  const value = new Decimal(text);
  return {
    ref, span, line: 0, label: text, scale,
    figure: { value, decimals, text, span },
    value: value.times(scale),
    half: halfUnit(decimals).times(scale),
  };
}
const D = { 'zh-CN': '测试', en: 'test' };
const run = (spec: IdentitySpec | undefined) => evaluate(spec!, 'k');

describe('interval evaluation (RULES.md §0.2)', () => {
  it('12.36 vs 10.86 + 1.49 + blank is a rounding gap, not an error (seed 002 T9)', () => {
    const id = run(sum('T9-01', term('12.36'), [term(undefined), term('10.86'), term('1.49')], D));
    expect(id.status).toBe('rounding');
    expect(id.diff.toString()).toBe('0.01');
    // Blank cells are exact zeros: the allowance is the total's and the two printed parts' half-cents.
    expect(id.allowance.toString()).toBe('0.015');
  });

  it('7.00 vs 7.00 + 7.00 is broken (seed 003 T9-05)', () => {
    const id = run(sum('T9-05', term('7.00'), [term('7.00'), term('7.00')], D));
    expect(id.status).toBe('broken');
    expect(id.diff.toString()).toBe('-7');
  });

  it('a parent with a single printed child must equal it exactly', () => {
    expect(run(sum('T3-02', term('155.59'), [term('155.60')], D)).status).toBe('broken');
    expect(run(sum('T3-02', term('155.59'), [term('155.59'), term(undefined)], D)).status).toBe('ok');
  });

  it('a parent with n printed children may differ by up to (n+1)·0.005', () => {
    expect(run(sum('T6-02', term('436.90'), ['140.83', '112.14', '25.76', '45.71', '46.63', '20.67', '7.18', '2.03', '35.94'].map((v) => term(v)), D)).status).toBe('rounding');
    expect(run(sum('T6-02', term('1.03'), [term('0.50'), term('0.50')], D)).status).toBe('broken');
  });

  it('the same figure printed twice must agree exactly', () => {
    expect(run(equal('X02', term('1079.09'), term('1079.08'), D)).status).toBe('broken');
    expect(run(equal('X02', term('1079.09'), term('1079.09'), D)).status).toBe('ok');
  });

  it('compares figures in different units and precisions at the coarser precision (元 vs 万元)', () => {
    const yuan = new Decimal('0.0001');
    expect(run(equal('T12-01', term('8'), term('80000.00', yuan), D)).status).toBe('ok');
    expect(run(equal('T12-01', term('13.33'), term('133306.00', yuan), D)).status).toBe('ok');
    expect(run(equal('T12-01', term('57.66'), term('80000.00', yuan), D)).status).toBe('broken');
  });

  it('checks a cap against the printed intervals', () => {
    expect(run(atLeast('T12-01', term('2.8'), [term('2.80')], D)).status).toBe('ok');
    expect(run(atLeast('T12-01', term('2.7'), [term('2.80')], D)).status).toBe('broken');
  });

  it('treats a blank total as an exact zero', () => {
    expect(run(sum('T9-03', term(undefined), [term('0.01'), term(undefined)], D)).status).toBe('broken');
    expect(sum('T9-03', term(undefined), [term(undefined)], D)).toBeUndefined();
  });
});

describe('reconcile', () => {
  const model = (text: string) => buildModel(text, parse(text));

  it('finds every identity of the consistent fixture holding exactly', () => {
    const r = reconcile(model(FULL));
    expect(r.identities.length).toBeGreaterThan(150);
    expect(r.identities.filter((i) => i.status !== 'ok').map((i) => i.key)).toEqual([]);
  });

  it('indexes identities by rule and by the offset of a figure', () => {
    const doc = alter(FULL, '本年收入合计', '100.00', '100.10');
    const r = reconcile(model(doc));
    const broken = r.byRule('T1-01').filter((i) => i.status === 'broken');
    expect(broken).toHaveLength(1);
    expect(r.at(broken[0].total.span.start).map((i) => i.ruleId)).toContain('T1-01');
  });

  it('loses only the identities of a source that throws', () => {
    const before = reconcile(model(FULL)).identities.length;
    IDENTITY_SOURCES.unshift(() => {
      throw new Error('boom');
    });
    try {
      expect(reconcile(model(FULL)).identities.length).toBe(before);
    } finally {
      IDENTITY_SOURCES.shift();
    }
  });

  it('a rule that throws loses only its own findings', () => {
    const doc = alter(FULL, '本年收入合计', '100.00', '100.10');
    const boom = defineRule({ id: 'BOOM', defaultSeverity: 'error', description: D, messages: {}, check: () => { throw new Error('boom'); } });
    const a = analyze(doc, { rules: [boom, T1_01] });
    expect(a.failures.map((f) => f.ruleId)).toEqual(['BOOM']);
    expect(a.findings.map((f) => f.ruleId)).toEqual(['T1-01']);
  });
});

describe('an identity source that throws', () => {
  it('costs only its own identities and is recorded, not swallowed', () => {
    const text = seed('002');
    const model = buildModel(text, parse(text));
    const all = reconcile(model);
    const broken = function brokenSource(): never {
      throw new Error('boom');
    };
    const r = reconcile(model, [broken, ...IDENTITY_SOURCES]);
    expect(r.failures).toEqual([{ source: 'brokenSource', error: 'boom' }]);
    expect(r.identities.length).toBe(all.identities.length);
    expect(all.failures).toEqual([]);
  });
});
