import { z } from 'zod';

/**
 * Findings a reviewer checked and accepted (已核实，保留原文), kept beside the documents, never in them:
 * `.budget-disclosure.accepted.json` in the document's folder, keyed by file name. Each record names the rule and
 * the finding's fingerprint (features/fingerprint.ts: the rule, the words and figures it covers, their line), so
 * it survives edits elsewhere and lapses when those words or figures change. Read by the editor and the CLI.
 */
export const ACCEPTED_FILE_NAME = '.budget-disclosure.accepted.json';

const entry = z.object({
  rule: z.string().min(1).max(20),
  fingerprint: z.string().min(1).max(64),
  /** What the finding said when it was accepted, for the reader of this file. */
  message: z.string().max(2000).optional(),
  date: z.string().max(40).optional(),
});
export type AcceptedEntry = z.infer<typeof entry>;

const schema = z.object({ version: z.literal(1), files: z.record(z.string(), z.array(entry)) });
export type AcceptedRecord = z.infer<typeof schema>;

export const EMPTY_ACCEPTED: AcceptedRecord = { version: 1, files: {} };

/** The record in a sidecar's text; an unreadable or malformed one counts as empty (nothing is hidden by mistake). */
export function parseAccepted(text: string | undefined): AcceptedRecord {
  if (!text) return EMPTY_ACCEPTED;
  try {
    const r = schema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    return r.success ? r.data : EMPTY_ACCEPTED;
  } catch {
    return EMPTY_ACCEPTED;
  }
}

/** The accepted `rule fingerprint` keys of one file. */
export function acceptedKeys(record: AcceptedRecord, fileName: string): Set<string> {
  return new Set((record.files[fileName] ?? []).map((e) => `${e.rule} ${e.fingerprint}`));
}

/** The sidecar's new text with one more accepted finding (the same one twice is kept once). */
export function withAccepted(record: AcceptedRecord, fileName: string, e: AcceptedEntry): string {
  const list = (record.files[fileName] ?? []).filter((x) => !(x.rule === e.rule && x.fingerprint === e.fingerprint));
  const files = { ...record.files, [fileName]: [...list, e] };
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}
