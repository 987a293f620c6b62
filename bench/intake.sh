#!/usr/bin/env bash
# Complaint intake under load: POST /api/complaints/complaints naming an agent (so each filing also asks
# Scheduling over gRPC whether the agent exists, writes the complaint, its SLA clocks, its audit entry and
# its ComplaintFiled outbox row), directly against Complaints and through the YARP gateway, with wrk.
# Every answer must be 201 and every request must have left exactly one complaint behind.
#   bash bench/intake.sh [--quick] [--markdown PATH]
#   full: RUNS=3 DURATION=10s WARMUP=5s; quick: RUNS=3 DURATION=3s WARMUP=2s; CONNECTIONS=16 THREADS=1 in both.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_options "$@"
if [ "$QUICK" = 1 ]; then RUNS="${RUNS:-3}"; DURATION="${DURATION:-3s}"; WARMUP="${WARMUP:-2s}"
else RUNS="${RUNS:-3}"; DURATION="${DURATION:-10s}"; WARMUP="${WARMUP:-5s}"; fi
CONNECTIONS="${CONNECTIONS:-16}"; THREADS="${THREADS:-1}"

need wrk wrk
for project in services/Scheduling/Suite.Scheduling services/Complaints/Suite.Complaints gateway/Suite.Gateway AppHost/Suite.Standalone; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >/dev/null
done

work=$(mktemp -d /tmp/suite-intake.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

SCH=$(free_port); SCH_GRPC=$(free_port); CMP=$(free_port); CMP_GRPC=$(free_port); GATEWAY=$(free_port); GATEWAY_GRPC=$(free_port)
common=(ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Database__MigrateOnStartup=true
        Auth__SigningKey=suite-development-signing-key-not-for-production-use-0123456789)

start() { # folder, dll, settings...
  local folder=$1 dll=$2; shift 2
  (cd "$folder/bin/Release/net10.0" && exec env "${common[@]}" "$@" dotnet "$dll" >"$work/$dll.log" 2>&1) & pids+=($!)
}
start services/Scheduling/Suite.Scheduling Suite.Scheduling.dll ConnectionStrings__scheduling="Data Source=$work/scheduling.db" \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$SCH" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$SCH_GRPC"
start services/Complaints/Suite.Complaints Suite.Complaints.dll ConnectionStrings__complaints="Data Source=$work/complaints.db" \
  services__scheduling__grpc__0="http://127.0.0.1:$SCH_GRPC" \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$CMP" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$CMP_GRPC"
start gateway/Suite.Gateway Suite.Gateway.dll RateLimiting__PermitsPerWindow=1000000000 RateLimiting__ClientPermitsPerWindow=1000000000 \
  services__complaints__http__0="http://127.0.0.1:$CMP" services__complaints__grpc__0="http://127.0.0.1:$CMP_GRPC" \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$GATEWAY" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$GATEWAY_GRPC"

for port in $SCH $CMP $GATEWAY; do wait_ready "http://127.0.0.1:$port/health/ready"; done

export TOKEN; TOKEN=$(dotnet AppHost/Suite.Standalone/bin/Release/net10.0/Suite.Standalone.dll token --role integrator --tenant bench)
SUPERVISOR=$(dotnet AppHost/Suite.Standalone/bin/Release/net10.0/Suite.Standalone.dll token --role supervisor --tenant bench)
export AGENT; AGENT=$(curl -sf -X POST "http://127.0.0.1:$SCH/api/scheduling/agents" -H "Authorization: Bearer $SUPERVISOR" -H "Content-Type: application/json" \
  -d '{"employeeNumber":"B-1","displayName":"Bench Agent","team":"Bench","level":"customer-service","skills":["after-sales"],"hiredOn":"2026-11-02"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

cat >"$work/intake.lua" <<'LUA'
-- Each request files a new complaint of a new buyer, so no repeat-complainant rule joins in.
local token, agent = os.getenv("TOKEN"), os.getenv("AGENT")
local sent = 0
request = function()
  sent = sent + 1
  local body = string.format('{"agentId":"%s","channel":"chat","platform":"tmall","storeCode":"tmall-flagship",'
    .. '"customerReference":"buyer-%d-%d","category":"logistics","description":"Parcel stuck for a week","attachments":[]}',
    agent, math.random(1, 1000000000), sent)
  return wrk.format("POST", "/api/complaints/complaints", { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
LUA

# One wrk run: prints "requests_per_second p50_ms p99_ms requests".
measure() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -s "$work/intake.lua" "$1" | wrk_figures; }

declare -A url=([direct]="http://127.0.0.1:$CMP" [gateway]="http://127.0.0.1:$GATEWAY")
targets=(direct gateway)
declare -A results
sent=0
for target in "${targets[@]}"; do
  line=$(DURATION=$WARMUP measure "${url[$target]}"); sent=$((sent + $(echo "$line" | cut -d' ' -f4)))   # warm-up
done
for _ in $(seq 1 "$RUNS"); do
  for target in "${targets[@]}"; do
    line=$(measure "${url[$target]}"); results[$target]+="$line"$'\n'; sent=$((sent + $(echo "$line" | cut -d' ' -f4)))
  done
done

# wrk counts the requests it saw answered; the ones in flight when it stops are still filed by the
# service. So every counted request filed one complaint, and at most one per connection per run more.
stored=$(curl -sf "http://127.0.0.1:$CMP/api/complaints/complaints?pageSize=1" -H "Authorization: Bearer $SUPERVISOR" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
in_flight=$((stored - sent)); wrk_runs=$(( (RUNS + 1) * ${#targets[@]} ))
if [ "$in_flight" -lt 0 ] || [ "$in_flight" -gt $((CONNECTIONS * wrk_runs)) ]; then
  echo "wrk saw $sent filings answered but $stored complaints are stored" >&2; exit 1
fi

declare -A rps p50 p99
for target in "${targets[@]}"; do
  rps[$target]=$(column "${results[$target]}" 1 | median)
  p50[$target]=$(column "${results[$target]}" 2 | median)
  p99[$target]=$(column "${results[$target]}" 3 | median)
done
table=$(cat <<TABLE
| path | filings/s | p50 | p99 | throughput vs direct |
|---|---|---|---|---|
| direct to Complaints | ${rps[direct]} | ${p50[direct]} ms | ${p99[direct]} ms | 100% |
| through the YARP gateway | ${rps[gateway]} | ${p50[gateway]} ms | ${p99[gateway]} ms | $(python3 -c "print(f'{${rps[gateway]}/${rps[direct]}*100:.0f}%')") |
TABLE
)
share=$(python3 -c "print(round(${rps[gateway]}/${rps[direct]}*100))")
emit_section "### Complaint intake: filings through the gateway and directly

Command: \`bash bench/intake.sh$([ "$QUICK" = 1 ] && echo " --quick")\`. Each request files a complaint naming an agent (Complaints checks
it with Scheduling over gRPC, then writes the complaint, its SLA clocks, audit entry and outbox row in one SQLite
transaction). $(wrk_version), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $RUNS interleaved runs after a $WARMUP warm-up of each;
every answer 201; $stored complaints stored for $sent answers wrk counted (the other $in_flight were in flight when wrk stopped).

$table

Through the gateway, filings run at ${share}% of the direct rate measured beside it; p99 is ${p99[gateway]} ms against ${p99[direct]} ms."
