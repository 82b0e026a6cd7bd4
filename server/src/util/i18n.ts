/** User-facing text exists in both languages; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';
export type Localized = Readonly<Record<Locale, string>>;

export function toLocale(s: string | undefined | null): Locale {
  if (!s) return 'zh-CN';
  return /^en\b/i.test(s) ? 'en' : 'zh-CN';
}

/**
 * Fills `{name}` placeholders; unknown names stay visible so a missing argument is noticed. A name quoted by the
 * template (“{label}”) that holds quotes of its own (“三公”经费小计) gets them as inner quotes (“‘三公’经费小计”),
 * never doubled (““三公”经费小计”).
 */
export function render(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string, at: number) => {
    if (!(k in args)) return m;
    const v = String(args[k]);
    return template[at - 1] === '“' && template[at + m.length] === '”' ? innerQuotes(v) : v;
  });
}

/** Double quotes inside a quoted name become single quotes: 财政拨款“三公”经费 → 财政拨款‘三公’经费. */
export function innerQuotes(name: string): string {
  return name.replace(/“/g, '‘').replace(/”/g, '’');
}

/** A name in quotes, its own quotes made inner ones: quoted('“三公”经费小计') = '“‘三公’经费小计”'. */
export function quoted(name: string): string {
  return `“${innerQuotes(name)}”`;
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}
