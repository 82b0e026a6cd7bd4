// Bundles the @vscode/test-electron harness (runTest.ts, suite/index.ts) to out/electron/ for `npm run test:electron`.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: { runTest: 'test/electron/runTest.ts', 'suite/index': 'test/electron/suite/index.ts' },
  outdir: 'out/electron',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', '@vscode/test-electron'],
  logLevel: 'warning',
});
