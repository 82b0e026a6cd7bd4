import { constants, existsSync, promises as fsp, closeSync, fstatSync, openSync, readSync, realpathSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Safe file access for the two places that touch the disk (the language server and the CLI): only regular files,
 * never more than a size limit, never blocking on a FIFO or a device, and (where a folder is given) never outside it.
 * Errors are codes, never a file's content, so a message built from them cannot echo what a file holds.
 */

/** Why a file was not read. */
export type ReadRefusal =
  | 'outside' // the path (after links) is not inside the folder it must stay in
  | 'notFile' // a folder, FIFO, socket or device
  | 'tooLarge' // larger than the limit
  | 'noFolder' // a relative path with no folder to resolve it against
  | 'missing' // no such file, or a dangling link
  | 'loop' // a symbolic link loop
  | 'denied' // permission
  | 'unreadable'; // any other IO error

export type ReadResult = { ok: true; text: string; path: string } | { ok: false; refusal: ReadRefusal; path?: string };

/** 16 MiB: larger than any disclosure or catalogue a team keeps, small enough never to exhaust the server. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

function refusalOf(err: unknown): ReadRefusal {
  switch ((err as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'ELOOP':
      return 'loop';
    case 'EACCES':
    case 'EPERM':
      return 'denied';
    case 'EISDIR':
      return 'notFile';
    default:
      return 'unreadable';
  }
}

/** True when `path` is `folder` or lies below it (both already resolved through their links). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves a path from a setting or a configuration file: relative to `folder`, and confined to it (after links).
 * Without a folder, only absolute paths are accepted, and `confine` must then be false.
 */
export function resolveConfined(p: string, folder: string | undefined, confine = true): { path: string } | { refusal: ReadRefusal } {
  if (!isAbsolute(p) && !folder) return { refusal: 'noFolder' };
  const abs = folder ? resolve(folder, p) : resolve(p);
  if (!confine) return { path: abs };
  if (!folder) return { refusal: 'outside' };
  let real: string;
  let realFolder: string;
  try {
    realFolder = realpathSync(folder);
  } catch (err) {
    return { refusal: refusalOf(err) };
  }
  try {
    real = realpathSync(abs);
  } catch (err) {
    // A missing file is judged by its lexical place, so that the message says "outside" before "missing".
    if (!isInside(resolve(folder), abs)) return { refusal: 'outside' };
    return { refusal: refusalOf(err) };
  }
  if (!isInside(realFolder, real)) return { refusal: 'outside' };
  return { path: real };
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a regular file as UTF-8 text (BOM kept for the caller to strip), at most `maxBytes`. Opens without blocking
 * (a FIFO named `x.json` neither hangs nor is read), checks the opened file's type, and reads one byte past the
 * limit to tell "too large" from "exactly the limit".
 */
export function readRegularFileSync(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  const r = readRegularBytesSync(path, maxBytes);
  return r.ok ? { ok: true, text: r.bytes.toString('utf8'), path } : r;
}

/** 64 MiB: a published PDF with scanned pages can be large; conversion has its own page and time limits. */
export const MAX_CONVERTED_BYTES = 64 * 1024 * 1024;

/** The bytes of a regular file (a PDF, DOCX, XLSX), with the same guarantees as `readRegularFileSync`. */
export function readRegularBytesSync(path: string, maxBytes = MAX_FILE_BYTES): { ok: true; bytes: Buffer; path: string } | { ok: false; refusal: ReadRefusal; path?: string } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    return { ok: false, refusal: refusalOf(err), path };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, refusal: 'notFile', path };
    if (st.size > maxBytes) return { ok: false, refusal: 'tooLarge', path };
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size + 1, 1)));
    let n = 0;
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n > maxBytes) return { ok: false, refusal: 'tooLarge', path };
      if (n === buf.length) break; // grew while reading: the next round says whether past the limit
    }
    return { ok: true, bytes: buf.subarray(0, n), path };
  } catch (err) {
    return { ok: false, refusal: refusalOf(err), path };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
}

/** The same, without blocking the event loop (the language server). */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  const r = await readRegularBytes(path, maxBytes);
  return r.ok ? { ok: true, text: r.bytes.toString('utf8'), path } : r;
}

/** A folder entry passed over while walking, with why. */
export interface Skipped {
  readonly path: string;
  readonly refusal: ReadRefusal;
}

/**
 * The files under `dir` whose name `accept` takes, sorted, recursively. Hidden entries and node_modules are passed
 * over; a dangling link, a link loop, a FIFO or an unreadable folder is skipped and reported, never fatal. Links
 * to folders are followed once (a folder reached twice through links is not walked again).
 */
export function walkFiles(dir: string, accept: (name: string) => boolean): { files: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    let real: string;
    try {
      real = realpathSync(d);
    } catch (err) {
      skipped.push({ path: d, refusal: refusalOf(err) });
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (err) {
      skipped.push({ path: d, refusal: refusalOf(err) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(d, name);
      let st;
      try {
        st = statSync(p); // follows links: a dangling one or a loop throws
      } catch (err) {
        if (accept(name) || isLink(p)) skipped.push({ path: p, refusal: refusalOf(err) });
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (!accept(name)) continue;
      else if (st.isFile()) files.push(p);
      else skipped.push({ path: p, refusal: 'notFile' });
    }
  };
  walk(dir);
  return { files, skipped };
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The messages for a refusal, in both languages, naming the path but never the file's content. */
export function refusalMessage(refusal: ReadRefusal): { 'zh-CN': string; en: string } {
  switch (refusal) {
    case 'outside':
      return { 'zh-CN': '位于工作区文件夹之外，不予读取', en: 'is outside the workspace folder; not read' };
    case 'notFile':
      return { 'zh-CN': '不是普通文件（文件夹、管道或设备），不予读取', en: 'is not a regular file (a folder, pipe or device); not read' };
    case 'tooLarge':
      return { 'zh-CN': `超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的大小上限，不予读取`, en: `is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; not read` };
    case 'noFolder':
      return { 'zh-CN': '是相对路径，需要先打开文件夹', en: 'is a relative path and needs an open folder' };
    case 'missing':
      return { 'zh-CN': '不存在（或是断开的链接）', en: 'does not exist (or is a broken link)' };
    case 'loop':
      return { 'zh-CN': '是循环的符号链接', en: 'is a symbolic link loop' };
    case 'denied':
      return { 'zh-CN': '没有读取权限', en: 'cannot be read (permission denied)' };
    default:
      return { 'zh-CN': '无法读取', en: 'cannot be read' };
  }
}

/** A path made safe to print on a terminal: control characters (an escape byte, a bell) shown as \xNN. */
export function printablePath(p: string): string {
  // eslint-disable-next-line no-control-regex
  return p.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * The nearest file named one of `names` in `startDir` or a folder above it, not above `stopDir` (when `startDir`
 * lies inside it; otherwise only `startDir` itself is looked in). Only regular files count.
 */
export function findUpward(startDir: string, names: readonly string[], stopDir: string | undefined): string | undefined {
  let dir = resolve(startDir);
  const stop = stopDir !== undefined ? resolve(stopDir) : undefined;
  const bounded = stop !== undefined && isInside(stop, dir);
  for (;;) {
    for (const n of names) {
      const p = join(dir, n);
      try {
        if (statSync(p).isFile()) return p;
      } catch {
        // not there (or a dangling link): look further up
      }
    }
    if (!bounded || dir === stop) return undefined;
    const up = resolve(dir, '..');
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The bytes of a regular file, without blocking the event loop (the language server's PDF/DOCX/XLSX conversion). */
export async function readRegularBytes(path: string, maxBytes = MAX_CONVERTED_BYTES): Promise<{ ok: true; bytes: Buffer; path: string } | { ok: false; refusal: ReadRefusal; path?: string }> {
  let fh: fsp.FileHandle;
  try {
    fh = await fsp.open(path, OPEN_FLAGS);
  } catch (err) {
    return { ok: false, refusal: refusalOf(err), path };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { ok: false, refusal: 'notFile', path };
    if (st.size > maxBytes) return { ok: false, refusal: 'tooLarge', path };
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(st.size + 1, 1)));
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n > maxBytes) return { ok: false, refusal: 'tooLarge', path };
      if (n === buf.length) break;
    }
    return { ok: true, bytes: buf.subarray(0, n), path };
  } catch (err) {
    return { ok: false, refusal: refusalOf(err), path };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/**
 * Where pdfjs's CMaps and standard fonts are (Chinese text needs them to decode): beside the bundle (dist/pdfjs/),
 * or in node_modules when run from source. Shared by the CLI and the language server.
 */
export function pdfAssets(): { cMapUrl?: string; standardFontDataUrl?: string } {
  const candidates = [join(__dirname, 'pdfjs'), join(__dirname, '..', 'dist', 'pdfjs')];
  try {
    candidates.push(dirname(require.resolve('pdfjs-dist/package.json')));
  } catch {
    // bundled without node_modules: dist/pdfjs is the only place
  }
  for (const dir of candidates) {
    if (existsSync(join(dir, 'cmaps'))) return { cMapUrl: join(dir, 'cmaps') + '/', standardFontDataUrl: join(dir, 'standard_fonts') + '/' };
  }
  return {};
}
