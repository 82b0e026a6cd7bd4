#!/usr/bin/env bash
# npm run test:nvim — the bundled language server (dist/server.js --stdio) under headless Neovim's LSP client.
# Env: BD_FILE (default seeds/000_…txt), BD_SERVER, BD_TIMEOUT_MS (default 30000), BD_LOCALE (default zh-CN), NVIM.
set -euo pipefail
cd "$(dirname "$0")/../.."
NVIM=${NVIM:-nvim}
command -v "$NVIM" >/dev/null || { echo "FAIL nvim: Neovim not installed (apt-get install neovim)"; exit 2; }
[ -f dist/server.js ] || { echo "FAIL nvim: dist/server.js missing (npm run build)"; exit 2; }
exec timeout "${BD_WALL_SECONDS:-90}" "$NVIM" --headless -u NONE -i NONE -n -c "luafile test/nvim/check.lua"
