import { z } from 'zod';

/** Edition years are plain calendar years of 《政府收支分类科目》. */
const year = z.number().int().min(2000).max(2100);

export const schemeSchema = z.enum(['functional', 'economic', 'economicGov']);
export const levelSchema = z.enum(['类', '款', '项']);
export const confidenceSchema = z.enum(['verified', 'observed', 'unverified']);

export const formerNameSchema = z.object({
  name: z.string().min(1),
  /** last edition year in which the former name was in force */
  until: year,
});

export const editionsSchema = z
  .object({
    /** first edition year in which the code exists (absent: before the covered range) */
    since: year.optional(),
    /** last edition year in which the code exists (absent: still in force) */
    until: year.optional(),
    formerNames: z.array(formerNameSchema).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((e) => e.since === undefined || e.until === undefined || e.since <= e.until, {
    message: 'editions.since must not be after editions.until',
  });

const CODE_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;
const PARENT_LENGTH = { 类: 0, 款: 3, 项: 5 } as const;

export const catalogEntryDataSchema = z
  .object({
    scheme: schemeSchema,
    code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, 'code must be 3, 5 or 7 digits'),
    name: z.string().min(1),
    level: levelSchema,
    parent: z.string().regex(/^\d{3}(\d{2})?$/).optional(),
    explanation: z.string().min(1).optional(),
    /** true when the explanation comes from the generic 项 suffix pattern, not the official row */
    explanationGeneric: z.boolean().optional(),
    editions: editionsSchema.optional(),
    confidence: confidenceSchema,
    sources: z.array(z.string().min(1)).min(1),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.code.length !== CODE_LENGTH[e.level]) {
      ctx.addIssue({ code: 'custom', message: `level ${e.level} needs a ${CODE_LENGTH[e.level]}-digit code, got ${e.code}` });
    }
    const pl = PARENT_LENGTH[e.level];
    if (pl === 0 && e.parent !== undefined) {
      ctx.addIssue({ code: 'custom', message: `类 ${e.code} must not have a parent` });
    }
    if (pl > 0 && (e.parent === undefined || e.parent !== e.code.slice(0, pl))) {
      ctx.addIssue({ code: 'custom', message: `parent of ${e.code} must be ${e.code.slice(0, pl)}` });
    }
    if (e.scheme !== 'functional' && e.level === '项') {
      ctx.addIssue({ code: 'custom', message: `economic classification has no 项 level (${e.code})` });
    }
  });

export const catalogFileSchema = z
  .object({
    scheme: schemeSchema.optional(),
    title: z.string().optional(),
    editions: z.array(year).optional(),
    namesAsOf: year.optional(),
    note: z.string().optional(),
    entries: z.array(catalogEntryDataSchema),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.entries.forEach((e, i) => {
      const key = `${e.scheme}:${e.code}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'code'], message: `duplicate code ${e.code}` });
      seen.add(key);
      if (f.scheme !== undefined && e.scheme !== f.scheme) {
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'scheme'], message: `entry ${e.code} has scheme ${e.scheme}, file is ${f.scheme}` });
      }
    });
  });

export type CatalogEntryData = z.infer<typeof catalogEntryDataSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
