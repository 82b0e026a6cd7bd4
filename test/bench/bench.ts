// `npm run bench`: prints timings; never asserts them. Run with --expose-gc for steadier memory figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildModel } from '../../server/src/model/buildModel';
import { analyze } from '../../server/src/rules/analyze';
import { parse } from '../../server/src/syntax/parse';

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

if (existsSync(corpusDir)) {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  let total = 0;
  const t0 = process.hrtime.bigint();
  for (const f of corpus) total += analyze(readFileSync(join(corpusDir, f), 'utf8')).findings.length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`\ncorpus (../shared/corpus): ${corpus.length} files analysed in ${ms.toFixed(0)} ms, ${total} findings`);
}
