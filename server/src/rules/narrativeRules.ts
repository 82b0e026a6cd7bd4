import type { Rule } from './types';

/** Narrative, completeness and hygiene rules (RULES.md N01 … N14, F01 … F07, C01 … C12). */
export const narrativeRules: Rule[] = [];
