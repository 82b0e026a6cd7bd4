#!/usr/bin/env node
// End-to-end test in a real VS Code: code-server (VS Code 1.100 served to a browser) driven by playwright-core in
// Debian Chromium. It installs the packaged extension (dist/budget-disclosure.vsix) into a fresh extensions dir,
// serves a temporary workspace holding a copy of seeds/, and checks what a person would see: Problems, hover,
// Outline, snippets, the "Check as budget disclosure" command, plain-text auto-detection and a quick fix.
// Every scenario reports PASS/FAIL on its own; the exit code is 1 when any failed. Screenshots: test-results/e2e/.
//
// Usage: node test/e2e/e2e.mjs [--vsix PATH] [--only NAME[,NAME]] [--keep]
// Environment: CODE_SERVER_ENTRY (skip the installer), CHROMIUM (default /usr/bin/chromium), E2E_TIMEOUT_MS.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const VSIX = path.resolve(option('--vsix') ?? path.join(REPO, 'dist/budget-disclosure.vsix'));
const ONLY = option('--only')?.split(',');
const KEEP = args.includes('--keep');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 90_000);
const SHOTS = path.join(REPO, 'test-results/e2e');
const SEEDS = { narrative: '002_fad325e220640957.txt', tables: '000_c07f0f5eae527350.txt', threePublic: '003_128e717d0dc574da.txt' };
/** The quick-fix scenario edits its own copy of the narrative seed, so the seeds other scenarios read stay as they are. */
const FIX_COPY = 'other/fix-002.txt';
const PDF_SOURCE = path.resolve(REPO, '../shared/corpus/pdf/11_shpt-sfj-2026-bumen-yusuan.pdf');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (...m) => console.log(`[e2e ${elapsed()}]`, ...m);

if (!fs.existsSync(VSIX)) {
  console.error(`No extension package at ${VSIX}: run \`npm run build && npm run package\` first.`);
  process.exit(2);
}
fs.rmSync(SHOTS, { recursive: true, force: true });
fs.mkdirSync(SHOTS, { recursive: true });

// ---------------------------------------------------------------------------------------------------------------
// code-server set-up

function installCodeServer() {
  if (process.env.CODE_SERVER_ENTRY) return process.env.CODE_SERVER_ENTRY;
  const script = path.resolve(REPO, '../shared/tools/install-code-server.sh');
  log(`installing code-server with ${script}`);
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const entry = out.trim().split('\n').pop();
  if (!entry || !fs.existsSync(entry)) throw new Error(`install-code-server.sh printed no entry point: ${out}`);
  return entry;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode !== undefined && res.statusCode < 500);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(false);
    });
  });
}

/** Polls fn until it returns a truthy value; never a fixed sleep. */
async function poll(what, fn, timeout = TIMEOUT, interval = 250) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function prepareWorkspace(root) {
  const ext = path.join(root, 'extensions');
  const userData = path.join(root, 'user-data');
  const ws = path.join(root, 'workspace');
  fs.mkdirSync(ext, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'seeds'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'other'), { recursive: true });
  for (const name of fs.readdirSync(path.join(REPO, 'seeds'))) {
    fs.copyFileSync(path.join(REPO, 'seeds', name), path.join(ws, 'seeds', name));
  }
  // A plain .txt outside seeds/ whose title sits below blank lines: the extension's auto-detection should claim it.
  fs.writeFileSync(path.join(ws, 'other', 'detected.txt'), '\n\n2024 年部门预算信息公开目录\n\n部门预算收支总表\n');
  // A plain .txt that does not look like a disclosure: only the command makes it one.
  fs.writeFileSync(path.join(ws, 'other', 'notes.txt'), '会议纪要\n本年收入合计 100.00 万元。\n');
  fs.writeFileSync(path.join(ws, 'other', 'snippet.disclosure'), '');
  // The quick-fix scenario's own copy of seed 002 (a .txt outside seeds/: auto-detection claims it by its title).
  fs.copyFileSync(path.join(REPO, 'seeds', SEEDS.narrative), path.join(ws, FIX_COPY));
  // A published PDF (read from ../shared, copied into the temporary workspace only) for the 'pdf' scenario.
  if (fs.existsSync(PDF_SOURCE)) fs.copyFileSync(PDF_SOURCE, path.join(ws, path.basename(PDF_SOURCE)));
  fs.writeFileSync(path.join(ext, 'extensions.json'), '[]');
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'files.associations': { '**/seeds/*.txt': 'budget-disclosure' },
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'chat.commandCenter.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'telemetry.telemetryLevel': 'off',
        'editor.minimap.enabled': false,
        'editor.hover.delay': 200,
        'window.commandCenter': false,
        'budgetDisclosure.trace.server': 'off',
      },
      null,
      2,
    ),
  );
  return { ext, userData, ws };
}

// ---------------------------------------------------------------------------------------------------------------
// Workbench helpers (what a person does: keyboard shortcuts, the command palette, looking at panels)

const mod = 'Control';

async function shot(page, name) {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  return file;
}

/** Runs a command from the palette (F1); label is what is typed, and the row chosen must contain it. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => {});
}

async function openFile(page, relative) {
  const base = path.basename(relative);
  await page.keyboard.press(`${mod}+P`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(relative);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: base }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
  await poll(`editor tab ${base}`, async () =>
    (await page.locator('.tabs-container .tab.active', { hasText: base }).count()) > 0, 30_000);
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

async function goToLine(page, line, column = 1) {
  await page.keyboard.press(`${mod}+G`);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Screen rectangle of the first occurrence of text in the visible editor lines (as a person would aim the mouse). */
async function textBox(page, text) {
  return page.evaluate((needle) => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines') ??
      document.querySelector('.monaco-editor .view-lines');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getBoundingClientRect();
      if (r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
}

async function languageStatus(page) {
  return (await page.locator('[id="status.editor.mode"]').first().innerText().catch(() => '')).trim();
}

async function openProblems(page) {
  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 15_000 });
}

async function problemsFilter(page, text, { matches = true } = {}) {
  const filter = page.locator('.part.panel .viewpane-filter input, .part.panel .markers-panel-action-filter input').first();
  await filter.waitFor({ state: 'visible', timeout: 15_000 });
  await filter.fill(text);
  // The panel filters after a short debounce; it then says "Showing N of M" next to the filter.
  const badge = page.locator('.part.panel .viewpane-filter-badge, .part.panel .markers-panel-filter-badge').first();
  // With no match there is no badge; the caller then polls for the panel's "No results" message instead.
  if (text && matches) await poll('the Problems filter to apply', async () => /\d/.test(await badge.innerText().catch(() => '')), 15_000);
  else if (!text) await badge.waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => {});
}

/** The Problems panel's own message when nothing is listed ("No results found with provided filter criteria."). */
async function problemsMessage(page) {
  const box = page.locator('.markers-panel .message-box-container').first();
  const text = (await box.isVisible().catch(() => false)) ? await box.innerText() : '';
  return text.replace(/\s+/g, ' ').replace(/\.(?=[A-Z])/g, '. ').trim();
}

async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** The visible Problems rows grouped under their file rows (tree level 1), in the order they are shown; markers are the
 *  level-2 rows (a finding's related locations, level 3, are left out). */
async function problemsByFile(page) {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .map((row) => ({
        index: Number(row.getAttribute('data-index')),
        level: Number(row.getAttribute('aria-level')),
        // A file row's name, folder and count are separate spans: join them with spaces ("fix-002.txt other 35").
        text: (row.getAttribute('aria-level') === '1'
          ? [...row.querySelectorAll('*')].filter((e) => !e.children.length).map((e) => e.textContent).join(' ')
          : row.innerText).replace(/\s+/g, ' ').trim(),
      }))
      .sort((a, b) => a.index - b.index));
  const files = [];
  for (const row of rows) {
    if (row.level <= 1) files.push({ file: row.text, markers: [] });
    else if (row.level === 2) files.at(-1)?.markers.push(row.text);
  }
  return files;
}

/** Text of one line of the active editor as rendered (found through its line number in the gutter). */
async function editorLine(page, lineNumber) {
  return page.evaluate((n) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    if (!editor) return undefined;
    const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => e.textContent.trim() === String(n));
    const top = number?.parentElement?.style.top;
    if (!top) return undefined;
    const line = [...editor.querySelectorAll('.view-lines .view-line')].find((e) => e.style.top === top);
    return line?.textContent.replace(/\u00a0/g, ' ');
  }, lineNumber);
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

const scenarios = [
  {
    name: 'problems',
    title: `Problems panel lists diagnostics from source budget-disclosure for seeds/${SEEDS.narrative}`,
    async run(page) {
      await openFile(page, `seeds/${SEEDS.narrative}`);
      await poll('language Budget Disclosure in the status bar', async () => /Budget Disclosure/.test(await languageStatus(page)));
      await openProblems(page);
      await problemsFilter(page, '');
      const rows = await poll('a Problems row from budget-disclosure', async () => {
        const texts = await problemRows(page);
        return texts.some((t) => t.includes('budget-disclosure')) ? texts : undefined;
      });
      await shot(page, '01-problems');
      return `${rows.length} visible rows, e.g. ${JSON.stringify(rows.find((t) => t.includes('budget-disclosure')).replace(/\s+/g, ' ').slice(0, 160))}`;
    },
  },
  {
    name: 'narrative-702.04',
    title: 'Problems panel (filtered to 702.04) shows the narrative finding about 702.04 in seed 002',
    async run(page) {
      await openFile(page, `seeds/${SEEDS.narrative}`);
      await openProblems(page);
      await problemsFilter(page, '702.04');
      try {
        const rows = await poll('a Problems row mentioning 702.04', async () => {
          const texts = await problemRows(page);
          return texts.some((t) => t.includes('702.04') && !/No (problems|results)/i.test(t)) ? texts : undefined;
        }, Math.min(TIMEOUT, 45_000));
        return JSON.stringify(rows.find((t) => t.includes('702.04')).replace(/\s+/g, ' ').slice(0, 200));
      } finally {
        await shot(page, '02-problems-702.04');
        await problemsFilter(page, '').catch(() => {});
      }
    },
  },
  {
    name: 'hover',
    title: `Hover on 30231 in seeds/${SEEDS.tables} shows 公务用车运行维护费`,
    async run(page) {
      await openFile(page, `seeds/${SEEDS.tables}`);
      const text = fs.readFileSync(path.join(REPO, 'seeds', SEEDS.tables), 'utf8').split(/\r?\n/);
      const index = text.findIndex((l) => /(^|\t)\s*30231\s*(\t|$)/.test(l));
      if (index < 0) throw new Error('seed has no 30231 cell');
      const column = text[index].indexOf('30231') + 1;
      await goToLine(page, index + 1, column);
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '公务用车运行维护费' }).first();
      const shown = await poll('a hover with 公务用车运行维护费', async () => {
        const box = await textBox(page, '30231');
        if (!box) return undefined;
        // Rest the pointer on empty editor space to the right, then on the code, the way a person points at it.
        await page.mouse.move(box.x + box.width + 300, box.y + box.height / 2, { steps: 2 });
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        if (!(await hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false))) return undefined;
        // Read it at once: code lenses arriving late shift the lines and close a hover, and a person points again.
        return hover.innerText({ timeout: 2000 }).catch(() => undefined);
      }, Math.min(TIMEOUT, 45_000), 250).finally(() => shot(page, '03-hover'));
      return shown.replace(/\s+/g, ' ').slice(0, 160);
    },
  },
  {
    name: 'outline',
    title: `Outline view of seeds/${SEEDS.tables} lists 部门预算收支总表`,
    async run(page) {
      await openFile(page, `seeds/${SEEDS.tables}`);
      await runCommand(page, 'Focus on Outline View');
      // Give the Outline room: collapse the folder tree above it, as a person would.
      const folders = page.locator('.pane-header[aria-expanded="true"]', { hasText: /workspace/i }).first();
      if (await folders.isVisible().catch(() => false)) await folders.click();
      const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /outline/i }) }).first();
      const rows = await poll('an Outline row 部门预算收支总表', async () => {
        const texts = await outline.locator('.monaco-list-row').allInnerTexts();
        return texts.some((t) => t.includes('部门预算收支总表')) ? texts : undefined;
      }).finally(() => shot(page, '04-outline'));
      return `${rows.length} visible rows: ${rows.slice(0, 4).map((t) => t.replace(/\s+/g, ' ')).join(' | ')}`;
    },
  },
  {
    name: 'snippet',
    title: 'Typing the prefix bd-table-assets and accepting the suggestion inserts 部门固定资产占用情况表',
    async run(page) {
      await openFile(page, 'other/snippet.disclosure');
      await poll('language Budget Disclosure for *.disclosure', async () => /Budget Disclosure/.test(await languageStatus(page)));
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.type('bd-table-assets');
      await page.keyboard.press(`${mod}+Space`);
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'bd-table-assets' }).first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await shot(page, '05-snippet-suggest');
      await page.keyboard.press('Enter');
      const lines = await poll('the inserted table in the editor', async () => {
        const t = await page.locator('.monaco-editor .view-lines').first().innerText();
        return t.includes('部门固定资产占用情况表') && t.includes('资产总额') ? t : undefined;
      }, 20_000);
      await page.keyboard.press('Escape');
      await shot(page, '06-snippet-inserted');
      // Cells are tab-separated, so the language defaults must keep tabs (a leading empty cell is a tab).
      const indentation = (await page.locator('[id="status.editor.indentation"]').first().innerText().catch(() => '')).trim();
      if (!/Tab Size/i.test(indentation)) throw new Error(`editor indents with spaces ("${indentation}"): tab-separated rows would break`);
      return lines.split('\n').filter(Boolean).slice(0, 4).join(' / ').replace(/\u00a0/g, ' ');
    },
  },
  {
    name: 'auto-detect',
    title: 'A plain .txt whose title is on line 3 (other/detected.txt) becomes Budget Disclosure by itself',
    async run(page) {
      await openFile(page, 'other/detected.txt');
      const status = await poll('language Budget Disclosure', async () => {
        const s = await languageStatus(page);
        return /Budget Disclosure/.test(s) ? s : undefined;
      }, 30_000).finally(() => shot(page, '07-auto-detect'));
      return `status bar: ${status}`;
    },
  },
  {
    name: 'command',
    title: 'Command "Check as budget disclosure" turns other/notes.txt (Plain Text) into Budget Disclosure',
    async run(page) {
      await openFile(page, 'other/notes.txt');
      await poll('language Plain Text', async () => /Plain Text/.test(await languageStatus(page)), 15_000);
      await runCommand(page, 'Budget Disclosure: Check as budget disclosure');
      const status = await poll('language Budget Disclosure', async () => {
        const s = await languageStatus(page);
        return /Budget Disclosure/.test(s) ? s : undefined;
      }, 30_000).finally(() => shot(page, '08-command'));
      return `status bar: ${status}`;
    },
  },
  {
    name: 'code-lens',
    title: `A lens above the “三公” table of seeds/${SEEDS.threePublic} counts its 2 broken identities in Chinese (the document's language, in an English VS Code); a click goes to the 会议费 finding on line 353`,
    async run(page) {
      const lines = fs.readFileSync(path.join(REPO, 'seeds', SEEDS.threePublic), 'utf8').split(/\r?\n/);
      const title = lines.findIndex((l) => /^#+\s*部门预算财政拨款“三公”经费支出表/.test(l));
      if (title < 0) throw new Error('seed 003 has no “三公” table title');
      await openFile(page, `seeds/${SEEDS.threePublic}`);
      await goToLine(page, title + 1);
      // Messages follow the document's language: a Chinese disclosure gets Chinese lenses in this English VS Code.
      const lens = page.locator('.codelens-decoration a', { hasText: /2 项勾稽不符/ }).first();
      await poll('a code lens “✗ 2 项勾稽不符”', async () => lens.isVisible().catch(() => false), Math.min(TIMEOUT, 45_000))
        .finally(() => shot(page, '14-code-lens'));
      const label = (await lens.innerText()).trim();
      await lens.click();
      const position = await poll('the cursor on line 353', async () => {
        const s = (await page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '')).trim();
        return /Ln 353\b/.test(s) ? s : undefined;
      }, 20_000).finally(() => shot(page, '15-code-lens-revealed'));
      return `lens ${JSON.stringify(label)} on line ${title + 1}; after the click: ${position}`;
    },
  },
  {
    name: 'quick-fix',
    title: `Quick fix on line 1759 of ${FIX_COPY} (copy of seed 002) changes 702.04 to 1079.09 and N02 goes away`,
    async run(page) {
      const LINE = 1759;
      const original = fs.readFileSync(path.join(REPO, 'seeds', SEEDS.narrative), 'utf8').split(/\r?\n/)[LINE - 1];
      const at = original.indexOf('702.04');
      if (at < 0 || original.indexOf('702.04', at + 1) >= 0) throw new Error(`line ${LINE} of the seed does not hold 702.04 exactly once`);
      const expected = `${original.slice(0, at)}1079.09${original.slice(at + '702.04'.length)}`;
      const copyName = path.basename(FIX_COPY);
      const N02Row = (t) => /N02/.test(t) && new RegExp(`\\b${LINE}\\b`).test(t);

      await openFile(page, FIX_COPY);
      await poll('language Budget Disclosure (auto-detected)', async () => /Budget Disclosure/.test(await languageStatus(page)), 30_000);

      // Before: the Problems panel, filtered to 702.04, lists N02 on line 1759 under the copy.
      await openProblems(page);
      await problemsFilter(page, '702.04');
      const before = await poll(`an N02 row for line ${LINE} under ${copyName}`, async () => {
        const group = (await problemsByFile(page)).find((g) => g.file.includes(copyName));
        return group?.markers.find(N02Row);
      }, Math.min(TIMEOUT, 45_000)).finally(() => shot(page, '09-quick-fix-problems-before'));
      // How many findings the copy has in all (the count on its file row when the panel is filtered to its name).
      const countOf = (group) => Number(group?.file.match(/(\d+)\s*$/)?.[1] ?? NaN);
      // (When the filter matches every problem the panel shows no "Showing N of M" badge: wait for findings without 702.04.)
      await problemsFilter(page, copyName, { matches: false });
      const countBefore = countOf(await poll(`the ${copyName} row with its count`, async () =>
        (await problemsByFile(page)).find((g) => g.file.includes(copyName) && Number.isFinite(countOf(g)) &&
          g.markers.some((m) => !m.includes('702.04'))), 15_000));

      // Cursor on 702.04 (inside the number), then Ctrl+. until the menu offers the fix (the code actions may lag).
      await goToLine(page, LINE, at + 2);
      await poll(`line ${LINE} in the editor`, async () => (await editorLine(page, LINE))?.includes('702.04'), 15_000);
      const fixTitle = /Change to "1079\.09"|改为“1079\.09”/;
      const item = page.locator('.action-widget .monaco-list-row', { hasText: fixTitle }).first();
      await poll('the quick-fix menu with the 1079.09 fix', async () => {
        await page.keyboard.press(`${mod}+Period`);
        if (await item.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) return true;
        await page.keyboard.press('Escape');
        return false;
      }, Math.min(TIMEOUT, 45_000), 500).finally(() => shot(page, '10-quick-fix-menu'));
      const shown = (await item.innerText()).replace(/\s+/g, ' ').trim();
      // Choose it with the keyboard: Down until it is the highlighted row, then Enter.
      const chosen = page.locator('.action-widget .monaco-list-row.focused', { hasText: fixTitle });
      for (let i = 0; i < 10 && !(await chosen.count()); i++) await page.keyboard.press('ArrowDown');
      if (!(await chosen.count())) throw new Error(`could not highlight ${JSON.stringify(shown)} in the quick-fix menu`);
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});

      // After: the line reads 1079.09万元 where it had 702.04, and nothing else on it changed. (The line is longer than
      // the editor is wide: put the cursor a little past the number so the editor scrolls it into view.)
      await goToLine(page, LINE, at + 24);
      const after = await poll(`line ${LINE} to contain 1079.09万元`, async () => {
        const t = await editorLine(page, LINE);
        return t?.includes('1079.09万元') ? t : undefined;
      }, 15_000).finally(() => shot(page, '11-quick-fix-applied'));
      if (after !== expected) {
        const diff = [...after].findIndex((c, i) => c !== expected[i]);
        throw new Error(`line ${LINE} changed beyond the fix (first difference at column ${diff + 1}): ${JSON.stringify(after.slice(Math.max(0, diff - 20), diff + 40))}`);
      }
      if (after.includes('702.04')) throw new Error(`line ${LINE} still holds 702.04`);

      // The N02 finding for that line leaves the Problems panel (filtered to 702.04: the copy's row goes, and the panel
      // says so, or lists only other files); the copy keeps its other findings, one fewer than before.
      await openProblems(page);
      await problemsFilter(page, '702.04', { matches: false });
      const gone = await poll(`no 702.04 row under ${copyName}`, async () => {
        const groups = await problemsByFile(page);
        // 702.04 occurs in no other finding of the copy, so its file row must go altogether.
        if (groups.some((g) => g.file.includes(copyName))) return undefined;
        const message = await problemsMessage(page);
        if (/No results/i.test(message)) return message;
        return groups.length ? `only ${groups.map((g) => g.file).join(', ')}` : undefined;
      }, Math.min(TIMEOUT, 45_000)).finally(() => shot(page, '12-quick-fix-problems-after'));
      await problemsFilter(page, copyName, { matches: false });
      const others = await poll(`${countBefore - 1} findings listed for ${copyName}, none N02 on line ${LINE}`, async () => {
        const group = (await problemsByFile(page)).find((g) => g.file.includes(copyName));
        return group && countOf(group) === countBefore - 1 && group.markers.length && !group.markers.some(N02Row) ? group : undefined;
      }, 30_000).finally(async () => {
        await shot(page, '13-quick-fix-problems-copy');
        await problemsFilter(page, '').catch(() => {});
      });
      return `menu item ${JSON.stringify(shown)}; before ${JSON.stringify(before.slice(0, 120))}; ` +
        `line ${LINE} now …${JSON.stringify(after.slice(at - 10, at + 14))}…; filtered to 702.04: ${JSON.stringify(gone)}; ` +
        `${copyName} findings ${countBefore} -> ${countOf(others)}, none N02 on line ${LINE}`;
    },
  },
  {
    name: 'pdf',
    title: 'Explorer context menu "Open as budget disclosure" on a published PDF: its findings are in Problems with their page',
    async run(page) {
      const name = path.basename(PDF_SOURCE);
      if (!fs.existsSync(PDF_SOURCE)) throw new Error(`no ${PDF_SOURCE}`);
      await runCommand(page, 'View: Show Explorer');
      // Earlier scenarios may have left the folders section collapsed under an expanded Outline: expand it.
      const folders = page.locator('.pane-header[aria-expanded="false"]', { hasText: /workspace/i }).first();
      if (await folders.count()) await folders.click();
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
      await row.waitFor({ state: 'visible', timeout: 30_000 });
      const item = page.locator('.context-view .monaco-menu .action-item', { hasText: 'Open as budget disclosure' }).first();
      const tab = page.locator('.tabs-container .tab.active', { hasText: `${name}.disclosure.txt` });
      // A click on a context-menu item is sometimes not taken by the menu (seen once in CI: the menu stayed open with
      // the item highlighted): open the menu and pick the item again, up to three times, before giving up.
      for (let attempt = 1; ; attempt++) {
        if (!(await item.isVisible().catch(() => false))) {
          await page.keyboard.press('Escape');
          await row.click({ button: 'right' });
          await item.waitFor({ state: 'visible', timeout: 15_000 });
        }
        await item.click();
        try {
          await poll('the converted document tab', async () => (await tab.count()) > 0, attempt < 3 ? 20_000 : 60_000);
          break;
        } catch (err) {
          if (attempt >= 3) throw err;
          if (await item.isVisible().catch(() => false)) await page.keyboard.press('Escape');
        }
      }
      await poll('language Budget Disclosure in the status bar', async () => /Budget Disclosure/.test(await languageStatus(page)));
      await openProblems(page);
      // Unfiltered: when every row matches a filter, the panel shows no count badge to wait for.
      await problemsFilter(page, '');
      try {
        const rows = await poll('a Problems row naming its page', async () => {
          const texts = await problemRows(page);
          const paged = texts.filter((t) => /\(p\. \d+\)/.test(t));
          return paged.length ? paged : undefined;
        }, Math.min(TIMEOUT, 60_000));
        return `${rows.length} rows with a page, e.g. ${JSON.stringify(rows[0].replace(/\s+/g, ' ').slice(0, 200))}`;
      } finally {
        await shot(page, '20-pdf-problems');
        await problemsFilter(page, '').catch(() => {});
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const entry = installCodeServer();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-e2e-'));
  const { ext, userData, ws } = prepareWorkspace(root);
  log(`workspace ${ws}`);
  execFileSync(process.execPath, [entry, '--extensions-dir', ext, '--user-data-dir', userData, '--install-extension', VSIX], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const port = await freePort();
  const serverLog = fs.openSync(path.join(SHOTS, 'code-server.log'), 'w');
  const server = spawn(process.execPath, [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--extensions-dir', ext, '--user-data-dir', userData,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ws,
  ], { stdio: ['ignore', serverLog, serverLog], detached: true });
  const results = [];
  let browser;
  try {
    await poll(`code-server on port ${port}`, () => httpOk(`http://127.0.0.1:${port}/healthz`), 60_000);
    log(`code-server listening on 127.0.0.1:${port}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic', '--lang=en-US'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    await poll('the Explorer to list seeds', async () => (await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'seeds' }).count()) > 0, 60_000);
    await shot(page, '00-workbench');
    for (const scenario of scenarios) {
      if (ONLY && !ONLY.includes(scenario.name)) continue;
      const t0 = Date.now();
      try {
        const detail = await scenario.run(page);
        results.push({ name: scenario.name, ok: true, detail, ms: Date.now() - t0 });
        log(`PASS ${scenario.name}: ${scenario.title}\n        ${detail ?? ''}`);
      } catch (error) {
        results.push({ name: scenario.name, ok: false, detail: String(error?.message ?? error), ms: Date.now() - t0 });
        log(`FAIL ${scenario.name}: ${scenario.title}\n        ${String(error?.message ?? error).split('\n')[0]}`);
        await shot(page, `fail-${scenario.name}`);
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
  } catch (error) {
    results.push({ name: 'setup', ok: false, detail: String(error?.stack ?? error) });
    log(`FAIL setup: ${error?.stack ?? error}`);
  } finally {
    await browser?.close().catch(() => {});
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
    if (!KEEP) fs.rmSync(root, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(SHOTS, 'results.json'), JSON.stringify({ elapsedMs: Date.now() - started, results }, null, 2));
  const failed = results.filter((r) => !r.ok);
  console.log(`\n== e2e summary (${elapsed()}) ==`);
  for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ms ? ` (${(r.ms / 1000).toFixed(1)}s)` : ''}`);
  console.log(`screenshots: ${path.relative(process.cwd(), SHOTS)}/`);
  process.exit(failed.length ? 1 : 0);
}

await main();
