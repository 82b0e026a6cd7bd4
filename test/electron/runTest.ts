// npm run test:electron — runs the end-to-end scenarios (suite/scenarios.ts) inside desktop VS Code downloaded by
// @vscode/test-electron. Needs network access to update.code.visualstudio.com (not available in the sandboxed CI;
// there test/e2e/e2e.mjs drives code-server instead). The extension is loaded from the repository
// (--extensionDevelopmentPath), so run `npm run bundle` first; `npm run test:electron` does it.
// Env: VSCODE_VERSION (default "stable"; "1.91.0" is the oldest supported), VSCODE_EXECUTABLE (use an installed VS Code).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** Repository root, whether this runs bundled from out/electron/ or from test/electron/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'seeds'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no repository above ${from}`);
    dir = parent;
  }
  return dir;
}

/** A throwaway workspace: a copy of seeds/ plus plain-text files (one a copy of seed 002 for the quick-fix scenario) and an empty *.disclosure file. */
export function makeWorkspace(repo: string): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-electron-'));
  fs.mkdirSync(path.join(ws, 'seeds'));
  fs.mkdirSync(path.join(ws, 'other'));
  fs.mkdirSync(path.join(ws, '.vscode'));
  for (const name of fs.readdirSync(path.join(repo, 'seeds'))) {
    fs.copyFileSync(path.join(repo, 'seeds', name), path.join(ws, 'seeds', name));
  }
  fs.writeFileSync(path.join(ws, 'other', 'detected.txt'), '\n\n2024 年部门预算信息公开目录\n\n部门预算收支总表\n');
  fs.writeFileSync(path.join(ws, 'other', 'notes.txt'), '会议纪要\n本年收入合计 100.00 万元。\n');
  fs.writeFileSync(path.join(ws, 'other', 'snippet.disclosure'), '');
  fs.copyFileSync(path.join(repo, 'seeds', '002_fad325e220640957.txt'), path.join(ws, 'other', 'fix-002.txt'));
  fs.writeFileSync(
    path.join(ws, '.vscode', 'settings.json'),
    JSON.stringify({ 'files.associations': { '**/seeds/*.txt': 'budget-disclosure' } }, null, 2),
  );
  return ws;
}

async function main(): Promise<void> {
  const repo = repoRoot();
  const server = path.join(repo, 'dist', 'server.js');
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run npm run bundle first`);
  const workspace = makeWorkspace(repo);
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-electron-user-'));
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none' }, null, 2),
  );
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      extensionTestsEnv: { BD_E2E_WORKSPACE: workspace, BD_E2E_RESULTS: path.join(repo, 'test-results', 'electron') },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', userData, '--locale', 'en'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
