#!/usr/bin/env bash
# The performance suite. Every figure is measured in this one run, most as a ratio against a baseline measured
# side by side. `bench/run.sh` runs it in full (about 6 minutes on 2 cores) and prints a Markdown report;
# `bench/run.sh --smoke` runs every step briefly on small data to prove the suite works (no targets checked).
# Needs wrk (apt-get install wrk) and GNU time; the hosted section starts a throwaway PostgreSQL (apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

smoke=0
if [ "${1:-}" = "--smoke" ]; then smoke=1; shift; fi
# The sections to run (all by default): api pages writes kill history cold hosted.
sections=" ${*:-api pages writes kill history cold hosted} "
want() { [[ $sections == *" $1 "* ]]; }
if [ $smoke = 1 ]; then
  duration=${BENCH_DURATION:-1s}; warmup=1s; small=10; large=300; huge=2000; runs=3; kill_after=1; users=5; load_seconds=2
else
  duration=${BENCH_DURATION:-10s}; warmup=5s; small=10; large=10000; huge=100000; runs=15; kill_after=4; users=100; load_seconds=15
fi
for tool in wrk /usr/bin/time curl python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install wrk time curl python3)" >&2; exit 1; }
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 Logging__LogLevel__Default=Warning
dotnet build src/Unknot.Web -c Release -nologo -v quiet >/dev/null
dotnet build src/Unknot.Cli -c Release -nologo -v quiet >/dev/null
for project in Unknot.Baseline Unknot.Bench Hello; do
  dotnet build "bench/$project" -c Release -nologo -v quiet >/dev/null
done
web="$root/src/Unknot.Web/bin/Release/net10.0/Unknot.Web.dll"
cli="$root/src/Unknot.Cli/bin/Release/net10.0/unknot"
baseline="$root/bench/Unknot.Baseline/bin/Release/net10.0/Unknot.Baseline.dll"
bench="$root/bench/Unknot.Bench/bin/Release/net10.0/Unknot.Bench.dll"
hello="$root/bench/Hello/bin/Release/net10.0/hello.dll"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# serve HOME PORT: starts the web app on a home folder and waits until it answers.
serve() {
  UNKNOT_HOME="$1" dotnet "$web" --urls "http://127.0.0.1:$2" >"$work/server-$2.log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$2/api/exercises" && return 0
    sleep 0.1
  done
  echo "bench: the server on port $2 did not start" >&2; cat "$work/server-$2.log" >&2; exit 1
}

# rate URL [wrk args...]: requests per second, with the 99th percentile latency in ms and the failures, measured
# after a warm-up run of the same load (so the JIT and the caches have settled, for both sides alike).
rate() {
  local url=$1; shift
  wrk -t2 -c32 -d"$warmup" "$@" "$url" >/dev/null
  wrk -t2 -c32 -d"$duration" --latency "$@" "$url" >"$work/wrk.txt"
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
m = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", text)
p99 = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: .*", text)
print(f"{rps:.0f} {p99:.2f} {bad.group(1) if bad else 0} {'yes' if errors else 'no'}")
PY
}

# The CLI compiled ahead of time, for the cold-start figure (section 6). A smoke run compiles it while the other
# sections run, since it judges no figure; a full run compiles it on its own, just before section 6, so the compile
# disturbs no other measurement.
aot="$work/aot"
publish_aot() { dotnet publish src/Unknot.Cli -c Release -r linux-x64 -p:PublishAot=true -nologo -v quiet -o "$aot" >"$work/aot.log" 2>&1; }
if want cold && [ $smoke = 1 ]; then
  publish_aot &
  aot_pid=$!
  pids+=("$aot_pid")
fi

report="$work/report.md"
row() { echo "| $* |" >>"$report"; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
check() { python3 -c "print('met' if $1 else 'NOT MET')"; }

echo "# Unknot performance run $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores" >"$report"
echo >>"$report"
row "figure | measured | baseline (same run) | ratio | target | result"
row "--- | --- | --- | --- | --- | ---"

# 1. The catalog and a timeline against a minimal endpoint serving the same bytes.
if want api; then
mkdir -p "$work/empty"
serve "$work/empty" 5191
curl -sf "http://127.0.0.1:5191/api/exercises" >"$work/exercises.json"
curl -sf "http://127.0.0.1:5191/api/routines/desk-break/timeline" >"$work/timeline.json"
dotnet "$baseline" --urls http://127.0.0.1:5192 --payload:exercises="$work/exercises.json" --payload:timeline="$work/timeline.json" >"$work/baseline.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 300); do curl -sf -o /dev/null http://127.0.0.1:5192/exercises && break; sleep 0.1; done
cmp -s "$work/exercises.json" <(curl -sf http://127.0.0.1:5192/exercises) || { echo "bench: the baseline serves other bytes" >&2; exit 1; }
for pair in "exercises:/api/exercises" "timeline:/api/routines/desk-break/timeline"; do
  name=${pair%%:*}; path=${pair#*:}
  read -r ours _ bad _ < <(rate "http://127.0.0.1:5191$path")
  read -r theirs _ _ _ < <(rate "http://127.0.0.1:5192/$name")
  r=$(ratio "$ours" "$theirs")
  row "GET $path ($(wc -c <"$work/$name.json") bytes), req/s | $ours | $theirs | $r | ≥ 0.35 | $(check "$r >= 0.35 and $bad == 0")"
done

fi

# 2. Pages with 10 and with many stored sessions.
if want pages; then
for n in $small $large; do
  dotnet "$bench" seed "$n" "$work/seed-$n.json"
  mkdir -p "$work/home-$n"
  UNKNOT_HOME="$work/home-$n" "$cli" import "$work/seed-$n.json" >/dev/null
  # Each home follows a programme, so home shows today's session and /api/program has weeks to evaluate.
  UNKNOT_HOME="$work/home-$n" "$cli" program start desk-worker-4-weeks >/dev/null
done
serve "$work/home-$small" 5193
serve "$work/home-$large" 5194
for path in / /history /api/stats /api/program /programs; do
  read -r few _ _ _ < <(rate "http://127.0.0.1:5193$path")
  read -r many _ bad _ < <(rate "http://127.0.0.1:5194$path")
  r=$(ratio "$few" "$many")
  row "GET $path with $large sessions, req/s | $many | $few (with $small) | $r slower | ≤ 1.5 | $(check "$r <= 1.5 and $bad == 0")"
done

fi

# 3. Writes: new sessions from 16 connections.
if want writes; then
mkdir -p "$work/writes"
serve "$work/writes" 5195
read -r writes p99 bad _ < <(rate "http://127.0.0.1:5195/api/sessions" -c16 -s bench/post.lua)
row "POST /api/sessions from 16 connections, writes/s | $writes | | | ≥ 2000 | $(check "$writes >= 2000 and $bad == 0")"
row "POST /api/sessions, 99th percentile | $p99 ms | | | ≤ 20 ms | $(check "$p99 <= 20")"

fi

# 4. Every acknowledged write survives kill -9 of the server.
if want kill; then
mkdir -p "$work/kill"
serve "$work/kill" 5196
victim=$server_pid
dotnet "$bench" post http://127.0.0.1:5196 "$work/acked.txt" >"$work/post.txt" &
poster=$!
sleep "$kill_after"
kill -9 "$victim"
wait "$poster" || true
if dotnet "$bench" verify "$work/kill/unknot.db" "$work/acked.txt" >"$work/verify.txt"; then survived=1; else survived=0; fi
row "kill -9 while writing | $(cat "$work/verify.txt") | | | none missing | $(check "$survived == 1")"

fi

# 5. A long history: import, list, page and export with bounded memory, against the same with fewer sessions.
if want history; then
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; exit 1; }; cat "$work/time.txt"; }
for n in $large $huge; do [ -f "$work/seed-$n.json" ] || dotnet "$bench" seed "$n" "$work/seed-$n.json"; done
declare -A seconds memory
for n in $large $huge; do
  home="$work/history-$n"; mkdir -p "$home"
  read -r seconds[import-$n] memory[import-$n] < <(UNKNOT_HOME=$home measure "$cli" import "$work/seed-$n.json")
  read -r seconds[list-$n] memory[list-$n] < <(UNKNOT_HOME=$home measure "$cli" history --limit 50)
  oldest=$(UNKNOT_HOME=$home "$cli" history --limit 1000 --json | python3 -c "import json,sys; print(json.load(sys.stdin)[-1]['id'])")
  read -r seconds[page-$n] memory[page-$n] < <(UNKNOT_HOME=$home measure "$cli" history --before "$oldest" --limit 50)
  read -r seconds[export-$n] memory[export-$n] < <(UNKNOT_HOME=$home measure "$cli" export "$work/export-$n.json")
  grep -q "Exported $n sessions" "$work/out.txt" || { echo "bench: export of $n sessions said: $(cat "$work/out.txt")" >&2; exit 1; }
done
for step in import list page export; do
  r=$(ratio "${memory[$step-$huge]}" "${memory[$step-$large]}")
  row "unknot $step, $huge sessions: seconds, peak memory | ${seconds[$step-$huge]} s, $((memory[$step-$huge] / 1024)) MB | ${seconds[$step-$large]} s, $((memory[$step-$large] / 1024)) MB (with $large) | $r × the memory | bounded (≤ 1.5) | $(check "$r <= 1.5")"
done

fi

# 6. Cold start of `unknot exercises` against `dotnet hello.dll`: the CLI as it ships, compiled ahead of time
#    (dotnet publish -r linux-x64 -p:PublishAot=true), and the same CLI on the JIT for comparison.
if want cold; then
if [ $smoke = 1 ]; then compiled() { wait "$aot_pid"; }; else compiled() { publish_aot; }; fi
if ! compiled; then
  echo "bench: the CLI could not be compiled ahead of time (clang and zlib1g-dev are needed):" >&2; tail -20 "$work/aot.log" >&2; exit 1
fi
coldest() {
  local best=999999
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    local ms=$(((end - start) / 1000000))
    [ $ms -lt $best ] && best=$ms
  done
  echo $best
}
mkdir -p "$work/cold"
ours=$(UNKNOT_HOME="$work/cold" coldest "$aot/unknot" exercises)
jit=$(UNKNOT_HOME="$work/cold" coldest "$cli" exercises)
theirs=$(coldest dotnet "$hello")
r=$(ratio "$ours" "$theirs")
row "unknot exercises, cold start, compiled ahead of time (best of $runs) | $ours ms | $theirs ms (dotnet hello.dll) | $r | ≤ 2 | $(check "$r <= 2")"
row "unknot exercises, cold start on the JIT, for comparison | $jit ms | $theirs ms (dotnet hello.dll) | $(ratio "$jit" "$theirs") | – | –"

fi

# 7. Hosted mode under load: two instances on one PostgreSQL, 16 connections recording sessions for many users,
#    against the same load on personal mode (SQLite, one user); then every user's sessions are checked.
if want hosted; then
mkdir -p "$work/personal"
serve "$work/personal" 5197
if ! dotnet "$bench" hosted "$web" http://127.0.0.1:5197 "$users" 16 "$load_seconds" >"$work/hosted.txt" 2>"$work/hosted.err"; then
  echo "bench: the hosted load run failed:" >&2; cat "$work/hosted.txt" "$work/hosted.err" >&2; exit 1
fi
read -r _ h_rate h_p99 h_failed _ p_rate p_p99 _ _ n_users _ acked _ stored _ lost _ doubled _ foreign _ extra _ retried <"$work/hosted.txt"
r=$(ratio "$h_rate" "$p_rate")
row "hosted: POST /api/sessions, 2 instances, 16 connections, $n_users users, requests/s | $h_rate | $p_rate (personal mode, SQLite, 1 user) | $r | – | $(check "$h_failed == 0")"
row "hosted: POST /api/sessions, 99th percentile | $h_p99 ms | $p_p99 ms (personal mode) | $(ratio "$h_p99" "$p_p99") | – | –"
row "hosted: sessions read back per user | $acked acknowledged ($retried sent twice), $stored stored: $lost lost, $doubled doubled, $foreign another user's | | | none lost, doubled or another's | $(check "$lost == 0 and $doubled == 0 and $foreign == 0")"

fi

cat "$report"
