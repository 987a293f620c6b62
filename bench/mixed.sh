#!/usr/bin/env bash
# Mixed load per service through the gateway of the standalone host (one process: gateway, four services,
# SQLite files, in-memory bus): each service in turn under its read/write mix (bench/lua/{service}.lua),
# with wrk, at 1x and then 10x data seeded through the public API (bench/Suite.Bench.Load). Reports
# requests/s, p50/p99, the process's CPU per request and its resident memory idle and under load.
#   bash bench/mixed.sh [--quick] [--markdown PATH]
#   full: data units of 200 agents, 20 courses, 1,000 complaints, 1,000 conversations; RUNS=3 DURATION=8s.
#   quick: units a fifth of that; RUNS=1 DURATION=4s. CONNECTIONS=16 THREADS=1 in both.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_options "$@"
if [ "$QUICK" = 1 ]; then RUNS="${RUNS:-1}"; DURATION="${DURATION:-4s}"; WARMUP="${WARMUP:-2s}"; DIVISOR=5
else RUNS="${RUNS:-3}"; DURATION="${DURATION:-8s}"; WARMUP="${WARMUP:-4s}"; DIVISOR=1; fi
CONNECTIONS="${CONNECTIONS:-16}"; THREADS="${THREADS:-1}"
SERVICES=(scheduling training complaints quality)

need wrk wrk
for project in AppHost/Suite.Standalone bench/Suite.Bench.Load; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >/dev/null
done
standalone=AppHost/Suite.Standalone/bin/Release/net10.0/Suite.Standalone.dll
seeder=bench/Suite.Bench.Load/bin/Release/net10.0/Suite.Bench.Load.dll

work=$(mktemp -d /tmp/suite-mixed.XXXXXX)
host_pid=""
cleanup() { [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

GATEWAY=$(free_port)
# The limits stay on (every request passes both limiters); they are raised above what one wrk can send.
env RateLimiting__PermitsPerWindow=1000000000 RateLimiting__ClientPermitsPerWindow=1000000000 \
  dotnet "$standalone" --Standalone:GatewayPort="$GATEWAY" --Standalone:GatewayGrpcPort="$(free_port)" \
  --Standalone:ServicesPort="$(free_port)" --Standalone:ServicesGrpcPort="$(free_port)" \
  --Standalone:DataFolder="$work/data" --Standalone:SeedDemoTenant=false >"$work/host.log" 2>&1 &
host_pid=$!
wait_ready "http://127.0.0.1:$GATEWAY/health/ready"
sleep 5   # start-up work (migrations, first clock passes) settles before the idle reading
idle_empty=$(rss_mb "$host_pid")

# One client per service and one for seeding, each with its own token, as separate applications would have.
declare -A tokens
for client in seeding "${SERVICES[@]}"; do
  tokens[$client]=$(dotnet "$standalone" token --role supervisor --tenant bench --subject "load-$client")
done
export IDS_DIR="$work/ids" LUA_DIR="$PWD/bench/lua"
seed() { # from, to: prints seconds taken
  local started=$SECONDS
  TOKEN=${tokens[seeding]} dotnet "$seeder" --gateway "http://127.0.0.1:$GATEWAY" --from "$1" --to "$2" --out "$IDS_DIR" --divisor "$DIVISOR" >&2
  echo $((SECONDS - started))
}

# Samples the host's resident memory every 200 ms while wrk runs; prints the highest.
peak_rss() { # pid of wrk
  local peak=0 now
  while kill -0 "$1" 2>/dev/null; do now=$(rss_mb "$host_pid"); [ "$now" -gt "$peak" ] && peak=$now; sleep 0.2; done
  echo "$peak"
}

# One wrk run of a service's mix: prints "requests/s p50_ms p99_ms cpu_us_per_request peak_rss_mb".
measure() { # service, duration
  local before figures requests wrk_pid peak
  before=$(cpu_ms "$host_pid")
  TOKEN=${tokens[$1]} wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 30s --latency -s "bench/lua/$1.lua" "http://127.0.0.1:$GATEWAY" >"$work/wrk.out" &
  wrk_pid=$!
  peak=$(peak_rss "$wrk_pid")
  wait "$wrk_pid"
  figures=$(wrk_figures <"$work/wrk.out")
  requests=$(echo "$figures" | cut -d' ' -f4)
  echo "$(echo "$figures" | cut -d' ' -f1-3) $(( ($(cpu_ms "$host_pid") - before) * 1000 / requests )) $peak"
}

declare -A rps p50 p99 cpu peak seconds idle
measure_size() { # label
  local service results
  for service in "${SERVICES[@]}"; do measure "$service" "$WARMUP" >/dev/null; done
  for service in "${SERVICES[@]}"; do
    results=""
    for _ in $(seq 1 "$RUNS"); do results+="$(measure "$service" "$DURATION")"$'\n'; done
    rps[$1,$service]=$(column "$results" 1 | median); p50[$1,$service]=$(column "$results" 2 | median)
    p99[$1,$service]=$(column "$results" 3 | median); cpu[$1,$service]=$(column "$results" 4 | median)
    peak[$1,$service]=$(column "$results" 5 | sort -n | tail -n1)
  done
  sleep 5; idle[$1]=$(rss_mb "$host_pid")
}

seconds[1x]=$(seed 0 1)
sleep 5; idle[seeded-1x]=$(rss_mb "$host_pid")
measure_size 1x
seconds[10x]=$(seed 1 10)
sleep 5; idle[seeded-10x]=$(rss_mb "$host_pid")
measure_size 10x

count() { wc -l <"$IDS_DIR/$1.ids" | tr -d ' '; }
ratio() { python3 -c "print(f'{$1/$2:.2f}x')"; }
table="| service | data | requests/s | p50 | p99 | host CPU per request | peak RSS under load | requests/s 10x vs 1x | p99 10x vs 1x |
|---|---|---|---|---|---|---|---|---|"
for service in "${SERVICES[@]}"; do
  for size in 1x 10x; do
    growth="| | |"
    [ "$size" = 10x ] && growth="| $(ratio "${rps[10x,$service]}" "${rps[1x,$service]}") | $(ratio "${p99[10x,$service]}" "${p99[1x,$service]}") |"
    table+=$'\n'"| $service | $size | ${rps[$size,$service]} | ${p50[$size,$service]} ms | ${p99[$size,$service]} ms | ${cpu[$size,$service]} µs | ${peak[$size,$service]} MB $growth"
  done
done

units_1x="$((200 / DIVISOR)) agents, $((20 / DIVISOR)) courses, $((1000 / DIVISOR)) complaints and $((1000 / DIVISOR)) conversations"
emit_section "### Mixed load per service through the gateway (standalone host: SQLite, in-memory bus)

Command: \`bash bench/mixed.sh$([ "$QUICK" = 1 ] && echo " --quick")\`. One process holds the gateway and the four services.
Each service in turn gets its own mix of reads and writes through the gateway with a supervisor's token
(\`bench/lua/{service}.lua\`: scheduling 50% agent by id, 30% a team's page, 20% hires; training 40% course by id,
30% a category's courses, 10% an agent's enrolments, 20% new courses; complaints 40% by id, 30% a store's page,
10% audit trail, 20% filings naming an agent; quality 40% conversation by id, 30% an agent's conversations,
10% flagged ones, 20% one new transcript with auto-QA). wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $RUNS run(s)
after a $WARMUP warm-up. 1x is $units_1x, seeded through the public API in ${seconds[1x]} s; 10x adds nine more
units in ${seconds[10x]} s (final counts: $(count agents) agents, $(count courses) courses, $(count complaints) complaints,
$(count conversations) conversations, not counting what the writes under load added). CPU per request is the host
process's user and system time (from /proc) over the requests wrk counted; memory is its VmRSS.

$table

Resident memory of the host process when idle: ${idle_empty} MB empty after start-up, ${idle[seeded-1x]} MB with 1x data,
${idle[1x]} MB after the 1x load, ${idle[seeded-10x]} MB with 10x data, ${idle[10x]} MB after the 10x load. The peer
of each 10x row is the 1x row measured in the same run: the last two columns say how throughput and p99 change
with ten times the data."
