// npm run corpus: each corpus PDF read with the converter, against its pdftotext text in ../shared/corpus/.
// Per document: standard tables (T1–T12) read from the PDF and their columns, the errors `check` gives on the
// PDF and on the text, the text's error rules the PDF misses and the PDF's error rules the text lacks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertBytes, joinResults } from '../../server/src/convert/index';
import { analyze } from '../../server/src/rules/analyze';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const assets = { cMapUrl: join(ROOT, 'node_modules/pdfjs-dist/cmaps/'), standardFontDataUrl: join(ROOT, 'node_modules/pdfjs-dist/standard_fonts/') };

function errorRules(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of analyze(text).findings) if (f.severity === 'error') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

async function main() {
  const dir = join(CORPUS, 'pdf');
  if (!existsSync(dir)) {
    console.log('no ../shared/corpus/pdf');
    return;
  }
  const stems = [...new Set(readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => f.replace(/(\.[ab])?\.pdf$/, '')))].sort();
  for (const stem of stems) {
    const files = existsSync(join(dir, `${stem}.a.pdf`)) ? [`${stem}.a.pdf`, `${stem}.b.pdf`] : [`${stem}.pdf`];
    const parts = [];
    for (const [i, f] of files.entries()) parts.push(await convertBytes(new Uint8Array(readFileSync(join(dir, f))), f, assets, files.length > 1 ? i : undefined));
    const r = parts.length > 1 ? joinResults(parts) : parts[0];
    const a = analyze(r.text);
    const std = a.model.tables.filter((t) => t.kind !== 'unknown');
    const textPath = join(CORPUS, `${stem}.txt`);
    const pdfErr = errorRules(r.text);
    const txtErr = existsSync(textPath) ? errorRules(readFileSync(textPath, 'utf8')) : new Map();
    const missing = [...txtErr.keys()].filter((k) => !pdfErr.has(k));
    const extra = [...pdfErr.keys()].filter((k) => !txtErr.has(k));
    const count = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
    console.log(
      `${stem}: ${r.pages} pages · ${std.length} standard tables (${std.map((t) => `${t.kind}:${t.columns.length}c/${t.rows.length}r`).join(' ')}) · errors pdf ${count(pdfErr)} text ${count(txtErr)}` +
        (missing.length ? ` · text-only ${missing.join(',')}` : '') +
        (extra.length ? ` · pdf-only ${extra.map((k) => `${k}×${pdfErr.get(k)}`).join(',')}` : '') +
        (r.problems.length ? ` · problems ${r.problems.map((p) => p.code).join(',')}` : ''),
    );
  }
}
void main();
