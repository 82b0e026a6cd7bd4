import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readRegularFileSync, walkFiles } from '../io/files';

/** The command that checks every disclosure in the workspace folder (检查整个文件夹). */
export const CHECK_FOLDER_COMMAND = 'budgetDisclosure.checkFolder';

/** Extensions of files the folder check reads (the CLI's, and .disclosure files). */
const EXTENSIONS = new Set(['.txt', '.md', '.disclosure', '.html', '.htm']);
/** The glob a client watches for them, so results follow edits on disk. */
export const DISCLOSURE_GLOB = '**/*.{txt,md,disclosure,html,htm}';

/** A title such as 2024年部门预算信息公开目录 / 单位预算收支总表 / 部门决算 in one of the first lines (as the client's auto-detection). */
const TITLE = /(部门预算|单位预算|预算信息公开|预算公开|决算)/;

/** True when a text reads as a disclosure: a title in its first ten non-empty lines, or a .disclosure file. */
export function looksLikeDisclosure(text: string, path: string): boolean {
  if (/\.disclosure(\.(txt|md))?$/i.test(path)) return true;
  let seen = 0;
  let at = 0;
  while (seen < 10 && at < text.length && at < 20_000) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl).trim();
    at = nl < 0 ? text.length : nl + 1;
    if (!line) continue;
    seen++;
    if (line.length <= 80 && TITLE.test(line)) return true;
  }
  return false;
}

export interface FolderCheckHooks {
  /** Files the editor has open are checked by their open text, not from disk. */
  isOpen(uri: string): boolean;
  /** A configuration file's ignore globs. */
  ignored(path: string): boolean;
  /** Analyse a file's text and publish its diagnostics. */
  publish(uri: string, text: string): void;
  progress(done: number, total: number, name: string): void;
  cancelled(): boolean;
}

/**
 * Checks every disclosure under `root` that the editor has not open, publishing each one's diagnostics as it goes
 * (a reviewer sees Problems fill up), yielding between files so hovers and edits are answered, and stopping when
 * cancelled. Returns the files it published, for the watcher to keep them current.
 */
export async function checkFolder(root: string, hooks: FolderCheckHooks): Promise<{ uris: string[]; skipped: number; cancelled: boolean }> {
  const { files } = walkFiles(root, (name) => EXTENSIONS.has(extname(name).toLowerCase()));
  const uris: string[] = [];
  let skipped = 0;
  for (let i = 0; i < files.length; i++) {
    if (hooks.cancelled()) return { uris, skipped, cancelled: true };
    const path = files[i];
    hooks.progress(i, files.length, path.slice(root.length + 1));
    if (hooks.ignored(path)) continue;
    const uri = pathToFileURL(path).href;
    if (hooks.isOpen(uri)) continue;
    const r = readRegularFileSync(path);
    if (!r.ok || !looksLikeDisclosure(r.text, path)) {
      skipped++;
      continue;
    }
    hooks.publish(uri, r.text);
    uris.push(uri);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { uris, skipped, cancelled: false };
}
