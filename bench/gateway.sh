#!/usr/bin/env bash
# Gateway benchmark: an authenticated read (GET one agent) against Scheduling directly, through the
# suite's YARP gateway, and through nginx (Debian package) as a plain reverse proxy to the same
# service, with wrk. Prints a Markdown table (median of RUNS runs) and writes it into BENCHMARKS.md.
#   bash bench/gateway.sh            # RUNS=3 DURATION=10s CONNECTIONS=32 by default
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"; DURATION="${DURATION:-10s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-1}"

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx

dotnet build services/Scheduling/Suite.Scheduling -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build gateway/Suite.Gateway -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build AppHost/Suite.Standalone -c Release -nologo -clp:ErrorsOnly >/dev/null

work=$(mktemp -d /tmp/suite-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
SERVICE=$(free_port); SERVICE_GRPC=$(free_port); GATEWAY=$(free_port); GATEWAY_GRPC=$(free_port); NGINX=$(free_port)

common=(ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning
        Auth__SigningKey=suite-development-signing-key-not-for-production-use-0123456789)

(cd services/Scheduling/Suite.Scheduling/bin/Release/net10.0 && exec env "${common[@]}" \
  ConnectionStrings__scheduling="Data Source=$work/scheduling.db" Database__MigrateOnStartup=true \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$SERVICE" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$SERVICE_GRPC" \
  dotnet Suite.Scheduling.dll >"$work/scheduling.log" 2>&1) & pids+=($!)
(cd gateway/Suite.Gateway/bin/Release/net10.0 && exec env "${common[@]}" \
  services__scheduling__http__0="http://127.0.0.1:$SERVICE" services__scheduling__grpc__0="http://127.0.0.1:$SERVICE_GRPC" \
  RateLimiting__PermitsPerWindow=1000000000 RateLimiting__ClientPermitsPerWindow=1000000000 \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$GATEWAY" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$GATEWAY_GRPC" \
  dotnet Suite.Gateway.dll >"$work/gateway.log" 2>&1) & pids+=($!)

cat >"$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  upstream scheduling { server 127.0.0.1:$SERVICE; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX;
    location / { proxy_pass http://scheduling; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
NGINX
nginx -c "$work/nginx.conf"

wait_ready() { for _ in $(seq 1 300); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done; echo "not ready: $1" >&2; exit 1; }
wait_ready "http://127.0.0.1:$SERVICE/health/ready"
wait_ready "http://127.0.0.1:$GATEWAY/health/ready"

TOKEN=$(dotnet AppHost/Suite.Standalone/bin/Release/net10.0/Suite.Standalone.dll token --role supervisor --tenant bench)
AGENT=$(curl -sf -X POST "http://127.0.0.1:$SERVICE/api/scheduling/agents" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  -d '{"employeeNumber":"B-1","displayName":"Bench Agent","team":"Bench","level":"customer-service","skills":["after-sales"],"hiredOn":"2026-11-02"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
path="/api/scheduling/agents/$AGENT"

# One wrk run: prints "requests_per_second p50_ms p99_ms".
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$1" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if non2xx: sys.exit("non-2xx answers: " + non2xx.group(1))
p50, p99 = ms("50%"), ms("99%")
print(f"{rps:.0f} {p50:.2f} {p99:.2f}")'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A url=(
  [direct]="http://127.0.0.1:$SERVICE$path"
  [gateway]="http://127.0.0.1:$GATEWAY$path"
  [nginx]="http://127.0.0.1:$NGINX$path"
)
targets=(direct gateway nginx)
for target in "${targets[@]}"; do DURATION=10s measure "${url[$target]}" >/dev/null; done   # warm-up: JIT tiers, pools

# Runs are interleaved so that drift on a shared machine affects every target alike.
declare -A results
for _ in $(seq 1 "$RUNS"); do
  for target in "${targets[@]}"; do results[$target]+="$(measure "${url[$target]}")"$'\n'; done
done
declare -A rps p50 p99
for target in "${targets[@]}"; do
  rps[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $1}' | median)
  p50[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $2}' | median)
  p99[$target]=$(printf '%s' "${results[$target]}" | awk 'NF {print $3}' | median)
done

ratio() { python3 -c "print(f'{$1/$2*100:.0f}%')"; }
added() { python3 -c "print(f'{$1-$2:+.2f} ms')"; }
table=$(cat <<TABLE
| path | requests/s | p50 | p99 | throughput vs nginx | p99 added vs direct |
|---|---|---|---|---|---|
| direct to Scheduling | ${rps[direct]} | ${p50[direct]} ms | ${p99[direct]} ms | $(ratio "${rps[direct]}" "${rps[nginx]}") | |
| YARP gateway (JWT, tenant and client rate limits, correlation id) | ${rps[gateway]} | ${p50[gateway]} ms | ${p99[gateway]} ms | $(ratio "${rps[gateway]}" "${rps[nginx]}") | $(added "${p99[gateway]}" "${p99[direct]}") |
| nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') reverse proxy | ${rps[nginx]} | ${p50[nginx]} ms | ${p99[nginx]} ms | 100% | $(added "${p99[nginx]}" "${p99[direct]}") |
TABLE
)
echo "$table"

wrk_version=$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2 || true)
section="<!-- gateway:start -->
## Gateway: authenticated read through YARP, directly, and through nginx

Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), .NET $(dotnet --version),
$wrk_version. \`GET /api/scheduling/agents/{id}\` with a bearer token, wrk -t$THREADS -c$CONNECTIONS
-d$DURATION, median of $RUNS interleaved runs after a 10 s warm-up of each; Scheduling on SQLite. Command: \`bash bench/gateway.sh\`.

$table
<!-- gateway:end -->"
python3 - "$section" <<'PY'
import pathlib, re, sys
path = pathlib.Path("BENCHMARKS.md")
text = path.read_text() if path.exists() else "# Benchmarks\n\nEach section names the command that produced it and the peer it is compared with.\n"
section = sys.argv[1]
if "<!-- gateway:start -->" in text:
    text = re.sub(r"<!-- gateway:start -->.*?<!-- gateway:end -->", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
path.write_text(text)
PY
