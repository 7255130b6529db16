#!/usr/bin/env bash
# Builds Unknot and runs every test project, then prints one totals line.
# Installs what the tests need when it is missing (run as root on a fresh machine).
set -uo pipefail
cd "$(dirname "$0")"

# Debian packages the tests need (Chromium for the browser tests; wrk, time and curl for the smoke run of the
# performance suite; clang and zlib for the CLI compiled ahead of time, whose cold start it measures; script,
# from bsdutils, for the tests in a pseudo-terminal; a virtual desktop for the break reminders' test: Xvfb, a D-Bus
# session bus, dunst as the notification server with notify-send, xdotool for activity and xprintidle for idle time;
# PostgreSQL, of which the tests start a throwaway server of their own for the storage suite and hosted mode;
# ffmpeg, which makes the camera check's test videos; Node.js and npm when missing, with which the build installs the
# pinned front-end libraries (npm ci in src/Unknot.Web) and this script the HTML validator and the accessibility checker; a Java runtime when missing,
# which runs that validator). Installed here when missing, as root.
need_apt=(chromium wrk time curl clang zlib1g-dev bsdutils xvfb dbus dunst libnotify-bin xdotool xprintidle postgresql ffmpeg)
command -v npm >/dev/null || need_apt+=(nodejs npm)
command -v java >/dev/null || need_apt+=(default-jre-headless)
missing=()
for package in "${need_apt[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || echo "could not install ${missing[*]}; the tests that need them will fail"
  else
    echo "missing ${missing[*]} and not root: install them to run every test"
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The HTML validator and the accessibility checker the web tests run over every page (vnu.jar and axe-core, pinned in
# tests/Unknot.Web.Tests/package-lock.json).
# Its install script would fetch a Java of its own when it finds none; the machine's Java runs it instead.
if [ ! tests/Unknot.Web.Tests/node_modules/.package-lock.json -nt tests/Unknot.Web.Tests/package-lock.json ]; then
  (cd tests/Unknot.Web.Tests && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) \
    || echo "could not install the HTML validator and axe-core (npm ci in tests/Unknot.Web.Tests); the tests of valid and accessible pages will fail"
fi
if ! dotnet build Unknot.slnx -c Release -nologo -v quiet; then
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

results=$(mktemp -d)
status=0
for project in tests/*.Tests/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

read -r passed failed skipped < <(python3 - "$results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    p += int(counters.get("passed", 0))
    f += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    s += int(counters.get("notExecuted", 0))
print(p, f, s)
PY
)
rm -rf "$results"

# A short smoke run of the performance suite (bench/run.sh): every step runs on small data, no figure is judged.
smoke_log=$(mktemp)
if bench/run.sh --smoke >"$smoke_log" 2>&1; then
  echo "bench smoke run: ok"
else
  echo "bench smoke run: FAILED"; tail -20 "$smoke_log"
  status=1
fi
rm -f "$smoke_log"
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${passed:-0}" = 0 ]; then
  status=1
fi
exit $status
