/** Where a rule's page lives (docs/rules/<ID>.md): linked from each diagnostic (codeDescription), SARIF and settings. */
export const RULE_DOCS_BASE = 'https://github.com/budget-disclosure/budget-disclosure/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
