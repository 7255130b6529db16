#!/usr/bin/env bash
# Lighthouse's best-practices, SEO and accessibility scores for every page of the web app, with the audits that
# fell short, as a Markdown table. Lighthouse is pinned in bench/lighthouse/package-lock.json and installed here
# with `npm ci`; it drives Debian's Chromium (apt-get install chromium), never a downloaded browser.
# The app runs on a throwaway home holding one saved routine and a few sessions, so every page has content.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
for tool in npm node curl python3 /usr/bin/chromium; do
  command -v "$tool" >/dev/null || { echo "lighthouse: $tool is missing" >&2; exit 1; }
done
(cd bench/lighthouse && { [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --loglevel=error; })

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning
dotnet build src/Unknot.Web -c Release -nologo -v quiet >/dev/null
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
UNKNOT_HOME="$work/home" dotnet "$root/src/Unknot.Web/bin/Release/net10.0/Unknot.Web.dll" --urls "$url" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.5; done

json=(-H 'Content-Type: application/json')
curl -sf "${json[@]}" -d '{"name": "Train seat", "items": [{"exercise": "chair-rotation"}, {"exercise": "lateral-neck-stretch"}]}' "$url/api/routines" >/dev/null
for day in 1 2 3; do
  ended=$(date -u -d "-$day day" +%Y-%m-%dT09:10:00Z)
  curl -sf "${json[@]}" -d "{\"routine\": \"desk-break\", \"endedAt\": \"$ended\", \"painBefore\": 5, \"painAfter\": 3}" "$url/api/sessions" >/dev/null
done
pages=$(curl -sf "$url/api/offline" | python3 -c 'import json, sys; print("\n".join(json.load(sys.stdin)["pages"]))')
pages+=$'\n/library?target=neck\n/settings\n/routines/new\n/routines/train-seat/edit\n/routines/desk-break/print\n/play/plan?minutes=5&place=desk\n/measure'

echo "| page | best practices | SEO | accessibility | audits below full marks |"
echo "| --- | --- | --- | --- | --- |"
while IFS= read -r page; do
  [ -z "$page" ] && continue
  node bench/lighthouse/node_modules/lighthouse/cli/index.js "$url$page" --quiet --output=json --output-path="$work/report.json" \
    --only-categories=best-practices,seo,accessibility --form-factor=desktop --screenEmulation.disabled \
    --chrome-path=/usr/bin/chromium --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$work/lighthouse.log" \
    || { echo "| \`$page\` | failed: $(tail -1 "$work/lighthouse.log") | | | |"; continue; }
  python3 - "$work/report.json" "$page" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
categories = report["categories"]
score = lambda key: round(categories[key]["score"] * 100)
short = []
for key in ("best-practices", "seo", "accessibility"):
    for ref in categories[key]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            short.append(ref["id"])
print(f"| `{sys.argv[2]}` | {score('best-practices')} | {score('seo')} | {score('accessibility')} | {', '.join(sorted(set(short))) or 'none'} |")
PY
done <<< "$pages"
