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

/**
 * The language a document is written in, from its first 20,000 characters: Chinese when it has Chinese text
 * (a disclosure with a few English words is still Chinese), English when it has Latin words and no Chinese,
 * undefined when it has neither (an empty or numeric file).
 */
export function documentLocale(text: string): Locale | undefined {
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (han >= 20 || (han > 0 && han * 4 >= latin)) return 'zh-CN';
  return latin > 0 ? 'en' : undefined;
}
