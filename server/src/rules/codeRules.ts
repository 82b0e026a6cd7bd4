import K01 from './defs/K01';
import K02 from './defs/K02';
import K03 from './defs/K03';
import type { Rule } from './types';

/** Classification-code rules (RULES.md T6-04 / T2..T8-04): unknown code, name differs, wrong parent. */
export const codeRules: Rule[] = [K01, K02, K03];
