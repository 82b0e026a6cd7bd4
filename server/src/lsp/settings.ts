import { z } from 'zod';

const severity = z.enum(['off', 'hint', 'info', 'warning', 'error']);
/** `default` (what VS Code sends for an untouched rule setting) means "the rule's own severity". */
const severitySetting = z.enum(['default', 'off', 'hint', 'info', 'warning', 'error']);

function dropDefaults(rules: Record<string, z.infer<typeof severitySetting>>): Record<string, z.infer<typeof severity>> {
  const out: Record<string, z.infer<typeof severity>> = {};
  for (const [k, v] of Object.entries(rules)) if (v !== 'default') out[k] = v;
  return out;
}

/** `budgetDisclosure.*` as the client sends it; every field optional, bad values replaced by defaults. */
export const settingsSchema = z.object({
  locale: z.enum(['auto', 'zh-CN', 'en']).default('auto'),
  rules: z.record(z.string(), severitySetting).default({}).transform(dropDefaults),
  catalog: z
    .object({
      // VS Code offers the years as strings ("2024"); other clients may send numbers.
      edition: z
        .union([z.literal('auto'), z.number().int().min(2015).max(2035), z.string().regex(/^20\d{2}$/).transform((y) => Number.parseInt(y, 10))])
        .default('auto'),
      customPaths: z.array(z.string()).default([]),
    })
    .default({ edition: 'auto', customPaths: [] }),
  templates: z.object({ paths: z.array(z.string()).default([]) }).default({ paths: [] }),
  inlayHints: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
  codeLens: z.object({ enabled: z.boolean().default(true) }).default({ enabled: true }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Validates settings. A bad value is reported (once per distinct problem, by the caller) and replaced by its
 * default, field by field, so one typo does not cost the user every other setting.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const whole = settingsSchema.safeParse(input);
  if (whole.success) return { settings: whole.data, problems: [] };
  const problems = whole.error.issues.map((i) => `budgetDisclosure.${i.path.join('.')}: ${i.message}`);
  // Retry field by field, dropping the ones that fail.
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof typeof settingsSchema.shape>) {
    const field = settingsSchema.shape[key].safeParse(input[key]);
    settings[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  // Within `rules`, keep the valid entries.
  if (input.rules && typeof input.rules === 'object') {
    const rules: Record<string, z.infer<typeof severitySetting>> = {};
    for (const [k, v] of Object.entries(input.rules as Record<string, unknown>)) {
      const s = severitySetting.safeParse(v);
      if (s.success) rules[k] = s.data;
    }
    settings.rules = dropDefaults(rules);
  }
  return { settings: settings as Settings, problems };
}
