import { z } from 'zod';
import { compileKinds, type TableKindSpec } from '../model/tableKinds';
import { jsonErrorPlace } from '../catalog/jsonError';
import { unsafePatternReason } from '../util/safeRegex';

/** A team's table template file: extra title aliases and column layouts, in the shape of model/data/tableKinds.json. */
const templateSchema = z.object({
  kinds: z
    .array(
      z.object({
        id: z.enum(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']),
        name: z.string().min(1),
        titles: z.array(z.string().min(1)).min(1),
        columns: z.record(z.string().regex(/^\d{1,2}$/), z.string()).optional(),
        headerRoles: z.array(z.tuple([z.string(), z.string()])).optional(),
      }),
    )
    .min(1),
});

/**
 * Reads a template file's text. Returns the compiled kinds, or one clear message (zh-CN and en) and no kinds:
 * a bad file is ignored as a whole, never half-applied.
 */
export function parseTemplates(text: string, name: string): { kinds: TableKindSpec[]; error?: { 'zh-CN': string; en: string } } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    // The parser's message quotes the text it choked on: say where instead, never what the file holds.
    const at = jsonErrorPlace(text, err);
    return { kinds: [], error: { 'zh-CN': `表样模板 ${name} 不是有效的 JSON${at['zh-CN']}`, en: `Template ${name} is not valid JSON${at.en}` } };
  }
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const where = i.path.join('.');
    return { kinds: [], error: { 'zh-CN': `表样模板 ${name} 格式不符（${where}：${i.message}）`, en: `Template ${name} does not fit the schema (${where}: ${i.message})` } };
  }
  for (const k of parsed.data.kinds) {
    for (const t of [...k.titles, ...(k.headerRoles ?? []).map(([re]) => re)]) {
      try {
        new RegExp(t);
      } catch {
        return { kinds: [], error: { 'zh-CN': `表样模板 ${name} 含无效的正则表达式：${t}`, en: `Template ${name} holds an invalid regular expression: ${t}` } };
      }
      const unsafe = unsafePatternReason(t);
      if (unsafe) {
        return {
          kinds: [],
          error: { 'zh-CN': `表样模板 ${name} 的正则表达式 ${t} ${unsafe['zh-CN']}，已拒绝`, en: `Template ${name}: the regular expression ${t} ${unsafe.en}; refused` },
        };
      }
    }
  }
  return { kinds: compileKinds(parsed.data.kinds) };
}
