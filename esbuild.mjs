// Bundles the client, the server, the CLI and the benchmark with esbuild; `tsc -b` only checks types.
import * as esbuild from 'esbuild';
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};
// pdfjs-dist's legacy build is an ES module that asks import.meta.url for its own place; in the CommonJS bundle
// that is the bundle's file URL. Its optional native canvas package is only for rendering, never bundled.
const importMetaUrl = "var __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const pdf = { define: { 'import.meta.url': '__importMetaUrl' }, external: ['@napi-rs/canvas'] };
const shebang = { js: '#!/usr/bin/env node\n' + importMetaUrl };
const banner = { js: importMetaUrl };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, ...pdf, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: shebang }),
  esbuild.build({ ...common, ...pdf, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang }),
  esbuild.build({ ...common, ...pdf, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench.js', sourcemap: false, banner }),
  esbuild.build({ ...common, ...pdf, entryPoints: ['test/tools/pdfCorpus.ts'], outfile: 'out/pdfCorpus.js', sourcemap: false, banner }),
  esbuild.build({ ...common, entryPoints: ['test/tools/docs.ts'], outfile: 'out/docs.js', sourcemap: false }),
  esbuild.build({ ...common, entryPoints: ['test/tools/corpus.ts'], outfile: 'out/corpus.js', sourcemap: false }),
]);

// The CMaps (Chinese fonts' character maps) and the standard fonts pdfjs needs to decode text, beside the bundles.
for (const dir of ['cmaps', 'standard_fonts']) {
  cpSync(join('node_modules', 'pdfjs-dist', dir), join('dist', 'pdfjs', dir), { recursive: true });
}
