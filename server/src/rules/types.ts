import type { Catalog } from '../catalog';
import type { Reconciliation } from '../reconcile/types';
import type { DisclosureModel } from '../model/types';
import type { Localized } from '../util/i18n';
import type { Span } from '../util/span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** A replacement the user may choose: exactly `span` becomes `newText`. */
export interface Fix {
  readonly span: Span;
  readonly newText: string;
  readonly title: Localized;
  /** Where the new value comes from (收支总表本年支出合计), shown after the change in the quick fix's title. */
  readonly reason?: Localized;
}

export interface Related {
  readonly span: Span;
  readonly message: Localized;
}

/** One problem a rule found: where, what (in both languages), and how to fix it when a fix is known. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: Localized;
  readonly related: Related[];
  readonly fixes: Fix[];
  /** Values for hover and the CLI's JSON (stated, computed, diff …). */
  readonly data?: Readonly<Record<string, string>>;
}

export interface ReportOptions {
  readonly related?: Related[];
  readonly fixes?: Fix[];
  readonly data?: Readonly<Record<string, string>>;
  /** Overrides the rule's severity for this finding (e.g. a rounding gap is a hint). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly model: DisclosureModel;
  readonly recon: Reconciliation;
  readonly catalog: Catalog;
  /** The catalogue edition in use: the setting, else the document's year. */
  readonly edition: number | undefined;
  report(messageId: string, span: Span, args?: Readonly<Record<string, string | number>>, opts?: ReportOptions): void;
}

export interface RuleExample {
  /** A short document fragment that triggers the rule, and one that does not. */
  readonly failing: string;
  readonly passing: string;
}

export interface Rule {
  /** The id of RULES.md (T1-02, N06 …): the setting key, Diagnostic.code and README anchor. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: Localized;
  readonly messages: Readonly<Record<string, Localized>>;
  readonly check: (ctx: RuleContext) => void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
