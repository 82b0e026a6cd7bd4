import { builtinCatalog, type Catalog } from '../catalog';
import { buildModel } from '../model/buildModel';
import type { TableKindSpec } from '../model/tableKinds';
import type { DisclosureModel } from '../model/types';
import { reconcile } from '../reconcile/reconcile';
import type { Reconciliation } from '../reconcile/types';
import { parse } from '../syntax/parse';
import { render, type Localized } from '../util/i18n';
import { RULES } from './index';
import type { Finding, ReportOptions, Rule, RuleContext, Severity, SeveritySetting } from './types';

export interface AnalysisOptions {
  /** Per-rule severity overrides (`budgetDisclosure.rules.<id>`). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  readonly catalog?: Catalog;
  /** Catalogue edition year; the document's own year when undefined. */
  readonly edition?: number;
  readonly rules?: readonly Rule[];
  /** Table kinds from the team's templates (`budgetDisclosure.templates.paths`). */
  readonly templates?: readonly TableKindSpec[];
  /** Read tables aligned with spaces (pdftotext -layout) into grids instead of reporting them unread (S02). */
  readonly spacedTables?: boolean;
}

/** Everything the features and the CLI need about one document version, computed once. */
export interface Analysis {
  readonly model: DisclosureModel;
  readonly recon: Reconciliation;
  readonly findings: Finding[];
  /** Rules that threw, with the error: they cost only their own findings. */
  readonly failures: Array<{ ruleId: string; error: string }>;
}

export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const model = buildModel(text, parse(text, { spacedTables: options.spacedTables === true }), options.templates ? { templates: options.templates } : {});
  const recon = reconcile(model);
  const catalog = options.catalog ?? builtinCatalog();
  const edition = options.edition ?? model.year;
  const findings: Finding[] = [];
  const failures: Analysis['failures'] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = options.severities?.[rule.id];
    if (setting === 'off') continue;
    const mine: Finding[] = [];
    const ctx: RuleContext = {
      model,
      recon,
      catalog,
      edition,
      report(messageId: string, span, args = {}, opts: ReportOptions = {}) {
        const template: Localized | undefined = rule.messages[messageId];
        const message: Localized = template
          ? { 'zh-CN': render(template['zh-CN'], args), en: render(template.en, args) }
          : { 'zh-CN': messageId, en: messageId };
        // A user's setting wins over the rule's default; a rounding hint stays a hint unless the user raises it.
        const severity: Severity = setting ?? opts.severity ?? rule.defaultSeverity;
        mine.push({
          ruleId: rule.id,
          severity,
          span: { start: Math.max(0, Math.min(span.start, text.length)), end: Math.max(0, Math.min(Math.max(span.end, span.start), text.length)) },
          message,
          related: opts.related ?? [],
          fixes: opts.fixes ?? [],
          ...(opts.data ? { data: opts.data } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
      findings.push(...mine);
    } catch (err) {
      failures.push({ ruleId: rule.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  // An identity source that threw is a failure too: the rules reading its identities saw none of them.
  for (const f of recon.failures) failures.push({ ruleId: `identities:${f.source}`, error: f.error });
  return { model, recon, findings, failures };
}
