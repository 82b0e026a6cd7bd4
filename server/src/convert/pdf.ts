import { layoutPdf, type PdfPageLayout, type PdfRun } from './pdfLayout';
import { msg } from './messages';
import { DEFAULT_LIMITS, type ConvertOptions, type ConvertResult } from './types';

/* pdfjs-dist's legacy build runs in Node 20 without a worker thread: its worker module is loaded into this thread
   (globalThis.pdfjsWorker) and pdfjs uses it as a "fake worker". Both are loaded on first use only. */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<Pdfjs> | undefined;

function loadPdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    // pdfjs builds one DOMMatrix when it loads (for rendering, which this product never does); without the
    // optional native canvas package Node has none, so a do-nothing class stands in.
    g.DOMMatrix ??= class DOMMatrix {};
    // On load pdfjs warns on the console that it cannot polyfill the canvas classes it needs only to render;
    // this product never renders, and a language server's stdout is its protocol channel: keep it quiet.
    const log = console.log;
    const warn = console.warn;
    console.log = console.warn = () => {};
    try {
      if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.log = log;
      console.warn = warn;
    }
  })();
  return pdfjsPromise;
}

class Cancelled extends Error {}

/** Reads a PDF's text layer and rebuilds its tables; never throws: a bad file gives one fatal problem. */
export async function convertPdf(bytes: Uint8Array, opts: ConvertOptions = {}, fileIndex?: number): Promise<ConvertResult> {
  const empty = (code: Parameters<typeof msg>[0], args: Record<string, string | number> = {}): ConvertResult => ({
    format: 'pdf',
    text: '',
    sourceMap: { offsets: [], points: [] },
    problems: [{ code, message: msg(code, args), fatal: true }],
  });
  const maxBytes = opts.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const maxPages = opts.maxPages ?? DEFAULT_LIMITS.maxPages;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  if (bytes.length > maxBytes) return empty('tooLarge', { mb: Math.round(bytes.length / 1048576), max: Math.round(maxBytes / 1048576) });
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return empty('corrupt');

  const pdfjs = await loadPdfjs();
  // pdfjs takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: opts.standardFontDataUrl,
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const work = (async (): Promise<ConvertResult> => {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === 'PasswordException') return empty('encrypted');
      return empty('corrupt');
    }
    const total = doc.numPages;
    if (total > maxPages) return empty('tooManyPages', { pages: total, max: maxPages });
    const layouts: PdfPageLayout[] = [];
    let chars = 0;
    let unreadable = 0;
    for (let n = 1; n <= total; n++) {
      try {
        const page = await doc.getPage(n);
        const vp = page.getViewport({ scale: 1 });
        const tc = await page.getTextContent({ disableNormalization: false });
        const runs: PdfRun[] = [];
        for (const it of tc.items) {
          if (!('str' in it) || !it.str) continue;
          const m = pdfjs.Util.transform(vp.transform, it.transform);
          const size = Math.hypot(m[2], m[3]) || Math.abs(it.height) || 10;
          // Rotated text (a vertical stamp, a landscape table's side note) is not part of the reading order.
          if (Math.abs(m[1]) > Math.abs(m[0]) * 0.2) continue;
          runs.push({ str: it.str, x: m[4], y: m[5], w: it.width, size });
          chars += it.str.trim().length;
        }
        layouts.push({ width: vp.width, height: vp.height, runs });
        page.cleanup();
      } catch {
        unreadable++;
        layouts.push({ width: 595, height: 842, runs: [] });
      }
      if (opts.onProgress && opts.onProgress(n, total) === false) throw new Cancelled();
    }
    await doc.destroy();
    if (chars === 0) return { ...empty('noText', { pages: total }), pages: total };
    const laid = layoutPdf(layouts, fileIndex);
    const result: ConvertResult = { format: 'pdf', text: laid.text, sourceMap: laid.sourceMap, problems: [], pages: total };
    if (unreadable) result.problems.push({ code: 'corrupt', message: msg('pagesUnreadable', { pages: unreadable }), fatal: false });
    return result;
  })();
  try {
    const r = await Promise.race([work, timeout]);
    if (r === 'timeout') {
      void task.destroy();
      return empty('timeout', { s: Math.round(timeoutMs / 1000) });
    }
    return r;
  } catch (err) {
    void task.destroy();
    if (err instanceof Cancelled) return empty('cancelled');
    return empty('corrupt');
  } finally {
    if (timer) clearTimeout(timer);
  }
}
