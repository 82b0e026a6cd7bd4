#!/usr/bin/env bash
# SARIF that GitHub code scanning accepts: Microsoft's SARIF Multitool validates the CLI's SARIF for the seeds and
# the corpus against the SARIF 2.1.0 schema and GitHub's ingestion rules (--rule-kind "Sarif;Gh"). Run by .ci/run
# after `npm test`; the Multitool is ~100 MB, so it is installed here into a cache folder, not as a dependency.
set -euo pipefail
cd "$(dirname "$0")/../.."
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
tool_dir="${SARIF_MULTITOOL_DIR:-$PWD/.cache/sarif-multitool}"
tool="$tool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ]; then
  mkdir -p "$tool_dir"
  (cd "$tool_dir" && [ -f package.json ] || echo '{"private":true}' > "$tool_dir/package.json")
  npm install --prefix "$tool_dir" --no-audit --no-fund --silent @microsoft/sarif-multitool-linux@5.7.0
  chmod +x "$tool"
fi
[ -f dist/cli.js ] || node esbuild.mjs
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(seeds)
[ -d ../shared/corpus ] && inputs+=(../shared/corpus)
status=0
for input in "${inputs[@]}"; do
  name=$(basename "$input")
  for locale in zh-CN en; do
    sarif="$out/$name.$locale.sarif"
    node dist/cli.js check --format sarif --locale "$locale" --exit-zero "$input" > "$sarif"
    log="$out/$name.$locale.log"
    # Exit code 0 even with findings: read its report. Every "error"/"warning" line names a rule it broke.
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}" \
      "$tool" validate --rule-kind "Sarif;Gh" "$sarif" -o "$out/$name.$locale.validation.sarif" > "$log" 2>&1 || true
    problems=$(grep -cE ': (error|warning) [A-Z]+[0-9]+' "$log" || true)
    if ! grep -q 'Analysis completed successfully' "$log" || [ "$problems" != 0 ]; then
      echo "SARIF validation FAILED for $input ($locale): $problems problems"
      grep -E ': (error|warning) |ERR' "$log" | head -20
      status=1
    else
      echo "SARIF validation PASS for $input ($locale): $(grep -c '"ruleId"' "$sarif") results, 0 schema or GitHub ingestion problems"
    fi
  done
done
exit $status
