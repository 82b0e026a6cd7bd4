// Bundles the client, the server, the CLI and the benchmark with esbuild; `tsc -b` only checks types.
import * as esbuild from 'esbuild';

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
const shebang = { js: '#!/usr/bin/env node' };

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: shebang }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang }),
  esbuild.build({ ...common, entryPoints: ['test/bench/bench.ts'], outfile: 'out/bench.js', sourcemap: false }),
  esbuild.build({ ...common, entryPoints: ['test/tools/docs.ts'], outfile: 'out/docs.js', sourcemap: false }),
  esbuild.build({ ...common, entryPoints: ['test/tools/corpus.ts'], outfile: 'out/corpus.js', sourcemap: false }),
]);
