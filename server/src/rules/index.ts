import { codeRules } from './codeRules';
import { narrativeRules } from './narrativeRules';
import { structureRules } from './structureRules';
import { tableRules } from './tableRules';
import type { Rule } from './types';

/** Every rule, in report order. The registry meta-test keeps this list, package.json and the README in step. */
export const RULES: readonly Rule[] = [...structureRules, ...tableRules, ...codeRules, ...narrativeRules];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
