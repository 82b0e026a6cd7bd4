#!/usr/bin/env bash
# End-to-end suites, run by .ci/run after `npm test` (as root, or with sudo available):
#   1. Debian packages: Chromium + CJK fonts (browser side), ripgrep + krb5 headers (code-server), Neovim;
#   2. npm run build && npm run package  -> dist/budget-disclosure.vsix;
#   3. test/e2e/e2e.mjs: code-server (real VS Code 1.100) + Chromium driven by playwright-core;
#   4. test/nvim/run.sh: the bundled server under headless Neovim's built-in LSP client.
# Both suites always run; the script fails if either failed. Screenshots and logs: test-results/.
set -uo pipefail
cd "$(dirname "$0")/../.."
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

need=()
for p in chromium fonts-noto-cjk ripgrep libkrb5-dev neovim; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "== build and package"
npm run build || exit 1
npm run package || exit 1
ls -l dist/budget-disclosure.vsix

status=0
echo "== e2e: VS Code (code-server) in Chromium"
timeout 600 node test/e2e/e2e.mjs || status=1
echo "== e2e: Neovim"
timeout 120 bash test/nvim/run.sh || status=1
exit $status
