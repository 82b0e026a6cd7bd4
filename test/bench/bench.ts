// `npm run bench`: prints timings; never asserts them. Run with --expose-gc for steadier memory figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { buildModel } from '../../server/src/model/buildModel';
import { analyze } from '../../server/src/rules/analyze';
import { parse } from '../../server/src/syntax/parse';
import { lastAtOrBefore } from '../../server/src/util/lineIndex';
import { convertBytes } from '../../server/src/convert/index';

const root = resolve(__dirname, '..');
const seedsDir = join(root, 'seeds');
const corpusDir = resolve(root, '..', 'shared', 'corpus');

/** The baseline: what any tool must do at least — split lines and find every number. */
function plainScan(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = line.match(/\d+(?:\.\d+)?/g);
    if (m) n += m.length;
  }
  return n;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs: number): number {
  // Warm-up: the server analyses the same document on every keystroke, so steady-state (optimised) code is what users feel.
  for (let i = 0; i < Math.min(runs, 10); i++) fn();
  // Each sample repeats the call until it has run at least 5 ms, so a 0.1 ms scan is not lost in timer noise.
  let reps = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) fn();
    if (Number(process.hrtime.bigint() - t0) / 1e6 >= 5 || reps >= 1 << 16) break;
    reps *= 2;
  }
  (globalThis as { gc?: () => void }).gc?.();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < reps; k++) fn();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6 / reps);
  }
  return median(ts);
}

function peakDuring(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  fn();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(timer);
  return (peak - before) / 1024 / 1024;
}

function row(cols: Array<string | number>, widths: number[]): string {
  return cols.map((c, i) => String(c).padStart(widths[i])).join('  ');
}

const widths = [34, 9, 10, 10, 7, 11, 7, 9];
console.log(row(['document', 'KiB', 'scan ms', 'model ms', 'ratio', 'analyze ms', 'ratio', 'heap MiB'], widths));

function report(name: string, text: string, runs: number, withAnalysis = true) {
  const scan = time(() => plainScan(text), runs);
  const model = time(() => buildModel(text, parse(text)), runs);
  const full = withAnalysis ? time(() => analyze(text), runs) : NaN;
  const heap = peakDuring(() => (withAnalysis ? analyze(text) : buildModel(text)));
  console.log(
    row(
      [name, (text.length / 1024).toFixed(0), scan.toFixed(2), model.toFixed(2), (model / scan).toFixed(1), Number.isNaN(full) ? '-' : full.toFixed(2), Number.isNaN(full) ? '-' : (full / scan).toFixed(1), heap.toFixed(1)],
      widths,
    ),
  );
}

const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
const texts = seeds.map((f) => readFileSync(join(seedsDir, f), 'utf8'));
// Warm every code path on all seeds first, so the first document measured is not the one paying for the JIT.
for (let i = 0; i < 20; i++) for (const t of texts) analyze(t);
seeds.forEach((f, i) => report(f.slice(0, 34), texts[i], 31));

// A 10 MB synthetic document: the seeds repeated, as one file.
let big = '';
while (big.length < 10 * 1024 * 1024) for (const t of texts) big += t + '\n\n';
report('synthetic 10 MB (seeds repeated)', big, 3);

/**
 * Where the time of the full analysis goes, by layer: a CPU profile of the seeds' analysis, self time summed per
 * source folder of this bundle (esbuild marks each module with a `// path` comment), plus the garbage collector.
 */
async function profileLayers(runs: number): Promise<void> {
  const bundle = readFileSync(__filename, 'utf8').split('\n');
  const starts: Array<{ line: number; layer: string }> = [];
  bundle.forEach((l, i) => {
    const m = /^\/\/ ((?:server\/src|node_modules|test)\/[^ ]+)$/.exec(l);
    if (!m) return;
    const path = m[1];
    const layer = path.startsWith('node_modules/') ? path.split('/')[1] : path.startsWith('server/src/') ? (path.split('/')[2].replace(/\.ts$/, '')) : 'bench';
    starts.push({ line: i, layer });
  });
  const startLines = starts.map((x) => x.line);
  const layerAt = (line: number) => (starts.length === 0 || line < startLines[0] ? 'bench' : starts[lastAtOrBefore(startLines, line)].layer);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) for (const t of texts) analyze(t);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A sample counts when it ran under the analysis (a frame of this bundle on its stack), or in the collector.
  const under = (id: number): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)?.callFrame.url.endsWith('bench.js')) return true;
    return false;
  };
  const self = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    const dt = profile.timeDeltas?.[i] ?? 0;
    if (!f) return;
    const layer =
      f.functionName === '(garbage collector)' ? 'garbage collector' : !under(id) ? '' : f.url.endsWith('bench.js') ? layerAt(f.lineNumber) : 'built-ins (regular expressions, strings, maps)';
    if (!layer) return;
    self.set(layer, (self.get(layer) ?? 0) + dt);
    total += dt;
  });
  const parts = [...self].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)} %`);
  console.log(`\nfull analysis of the seeds, self time by layer (CPU profile): ${parts.join(', ')}`);
}

if (existsSync(corpusDir)) {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  let total = 0;
  const t0 = process.hrtime.bigint();
  for (const f of corpus) total += analyze(readFileSync(join(corpusDir, f), 'utf8')).findings.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`\ncorpus (../shared/corpus): ${corpus.length} files analysed in ${ms.toFixed(0)} ms, ${total} findings`);
}

/** Each corpus PDF from file to findings: pages, conversion ms, full-check ms, resident memory (peak of the process). */
async function pdfBench(): Promise<void> {
  const dir = join(corpusDir, 'pdf');
  if (!existsSync(dir)) return;
  const assets = { cMapUrl: join(root, 'node_modules/pdfjs-dist/cmaps/'), standardFontDataUrl: join(root, 'node_modules/pdfjs-dist/standard_fonts/') };
  console.log('\ncorpus PDFs (../shared/corpus/pdf): pages, conversion, full check, file → findings, resident memory');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.pdf')).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    const t0 = process.hrtime.bigint();
    const r = await convertBytes(bytes, f, assets);
    const t1 = process.hrtime.bigint();
    const findings = analyze(r.text).findings.length;
    const t2 = process.hrtime.bigint();
    const conv = Number(t1 - t0) / 1e6;
    const check = Number(t2 - t1) / 1e6;
    const rss = process.memoryUsage().rss / 1048576;
    console.log(
      `  ${f.padEnd(42)} ${String(r.pages ?? 0).padStart(3)} pages  convert ${conv.toFixed(0).padStart(5)} ms  check ${check.toFixed(0).padStart(4)} ms  total ${(conv + check).toFixed(0).padStart(5)} ms  ${findings} findings  rss ${rss.toFixed(0)} MB`,
    );
  }
  console.log(`  peak resident memory of the whole run: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

void profileLayers(20).then(pdfBench);
