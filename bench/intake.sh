#!/usr/bin/env bash
# Complaint intake under load: POST /api/complaints/complaints naming an agent (so each filing also asks
# Scheduling over gRPC whether the agent exists, writes the complaint, its SLA clocks, its audit entry and
# its ComplaintFiled outbox row), directly against Complaints and through the YARP gateway, with wrk.
# Every answer must be 201 and every request must have left exactly one complaint behind.
#   bash bench/intake.sh            # RUNS=3 DURATION=10s CONNECTIONS=16 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"; DURATION="${DURATION:-10s}"; CONNECTIONS="${CONNECTIONS:-16}"; THREADS="${THREADS:-1}"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
for project in services/Scheduling/Suite.Scheduling services/Complaints/Suite.Complaints gateway/Suite.Gateway AppHost/Suite.Standalone; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >/dev/null
done

work=$(mktemp -d /tmp/suite-intake.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
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

wait_ready() { for _ in $(seq 1 600); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; echo "not ready: $1" >&2; exit 1; }
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
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$work/intake.lua" "$1" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if non2xx: sys.exit("non-2xx answers: " + non2xx.group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50, p99 = ms("50%"), ms("99%")
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {requests}")'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A url=([direct]="http://127.0.0.1:$CMP" [gateway]="http://127.0.0.1:$GATEWAY")
targets=(direct gateway)
declare -A results
sent=0
for target in "${targets[@]}"; do
  line=$(DURATION=5s measure "${url[$target]}"); sent=$((sent + $(echo "$line" | cut -d' ' -f4)))   # warm-up
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
  rps[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $1}' | median)
  p50[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $2}' | median)
  p99[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $3}' | median)
done
table=$(cat <<TABLE
| path | filings/s | p50 | p99 | throughput vs direct |
|---|---|---|---|---|
| direct to Complaints | ${rps[direct]} | ${p50[direct]} ms | ${p99[direct]} ms | 100% |
| through the YARP gateway | ${rps[gateway]} | ${p50[gateway]} ms | ${p99[gateway]} ms | $(python3 -c "print(f'{${rps[gateway]}/${rps[direct]}*100:.0f}%')") |
TABLE
)
echo "$table"

section="<!-- intake:start -->
## Complaint intake: filings through the gateway and directly

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, .NET $(dotnet --version), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2 || true).
Each request files a complaint naming an agent (Complaints checks it with Scheduling over gRPC, then writes the
complaint, its SLA clocks, audit entry and outbox row in one SQLite transaction). wrk -t$THREADS -c$CONNECTIONS -d$DURATION,
median of $RUNS interleaved runs after a 5 s warm-up of each; every answer 201; $stored complaints stored for
$sent answers wrk counted (the other $in_flight were in flight when wrk stopped). Command: \`bash bench/intake.sh\`.

$table
<!-- intake:end -->"
python3 - "$section" <<'PY'
import pathlib, re, sys
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text()
section = sys.argv[1]
if "<!-- intake:start -->" in text:
    text = re.sub(r"<!-- intake:start -->.*?<!-- intake:end -->", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
path.write_text(text)
PY
