import type { Analysis } from '../rules/analyze';
import type { Finding } from '../rules/types';

/**
 * A finding's identity across runs and edits elsewhere in the document: its rule, the words and figures it covers
 * and the line they stand on (white space removed), and which occurrence of that triple it is. An edit of another
 * line keeps it; an edit of the figures or words involved changes it. Used for SARIF `partialFingerprints`.
 */
export function fingerprints(analysis: Analysis): Map<Finding, string> {
  const text = analysis.model.text;
  const lines = analysis.model.lines;
  const seen = new Map<string, number>();
  const out = new Map<Finding, string>();
  for (const f of analysis.findings) {
    const line = lines.lineAt(f.span.start);
    const lineText = text.slice(lines.offsetAt({ line, character: 0 }), lines.offsetAt({ line: line + 1, character: 0 }));
    const key = `${f.ruleId}\u0000${squash(text.slice(f.span.start, f.span.end))}\u0000${squash(lineText)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.set(f, `${fnv1a64(key)}:${n}`);
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/** FNV-1a, 64 bits, over UTF-16 code units, as 16 hex digits (no crypto needed: identity, not secrecy). */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  const p = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * p) & mask;
  }
  return h.toString(16).padStart(16, '0');
}
