/** User-facing text exists in both languages; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';
export type Localized = Readonly<Record<Locale, string>>;

export function toLocale(s: string | undefined | null): Locale {
  if (!s) return 'zh-CN';
  return /^en\b/i.test(s) ? 'en' : 'zh-CN';
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing argument is noticed. */
export function render(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
