import type { Rule } from './types';

/** Table-side rules (RULES.md T1-01 … T12-01, X01 … X15). */
export const tableRules: Rule[] = [];
