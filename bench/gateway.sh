#!/usr/bin/env bash
# Gateway benchmark: an authenticated read (GET one agent) against Scheduling directly, through the
# suite's YARP gateway, and through nginx (Debian package) as a plain reverse proxy to the same
# service, with wrk. Prints a Markdown section (median of RUNS interleaved runs; each proxy's CPU time
# per request read from /proc) and writes it to PATH with --markdown PATH.
#   bash bench/gateway.sh [--quick] [--markdown PATH]
#   full: RUNS=5 DURATION=10s; quick: RUNS=3 DURATION=3s; CONNECTIONS=32 THREADS=1 in both.
#   GATEWAY_BEFORE=DIR adds a second gateway built elsewhere (DIR holds its Suite.Gateway.dll) to the same
#   run, for before/after figures measured beside each other.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_options "$@"
if [ "$QUICK" = 1 ]; then RUNS="${RUNS:-3}"; DURATION="${DURATION:-3s}"; else RUNS="${RUNS:-5}"; DURATION="${DURATION:-10s}"; fi
CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-1}"; WARMUP="${WARMUP:-$DURATION}"

need wrk wrk
need nginx nginx
for project in services/Scheduling/Suite.Scheduling gateway/Suite.Gateway AppHost/Suite.Standalone; do
  dotnet build "$project" -c Release -nologo -clp:ErrorsOnly >/dev/null
done

work=$(mktemp -d /tmp/suite-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

SERVICE=$(free_port); SERVICE_GRPC=$(free_port); NGINX=$(free_port)
# Production, as deployed: no developer exception page, the shipped log levels, and a private signing key
# (Production refuses the public development key); the token below is signed with the same key.
KEY="bench-signing-key-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
common=(ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey="$KEY")

(cd services/Scheduling/Suite.Scheduling/bin/Release/net10.0 && exec env "${common[@]}" \
  ConnectionStrings__scheduling="Data Source=$work/scheduling.db" Database__MigrateOnStartup=true \
  Kestrel__Endpoints__Http__Url="http://127.0.0.1:$SERVICE" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$SERVICE_GRPC" \
  dotnet Suite.Scheduling.dll >"$work/scheduling.log" 2>&1) & pids+=($!)
service_pid=$!

declare -A url pid
targets=(direct gateway nginx)
url[direct]="http://127.0.0.1:$SERVICE"
pid[direct]=$service_pid

# The limits stay on (every request passes both limiters); they are only raised above what wrk can send.
start_gateway() { # name, folder holding Suite.Gateway.dll
  local port grpc; port=$(free_port); grpc=$(free_port)
  (cd "$2" && exec env "${common[@]}" \
    services__scheduling__http__0="http://127.0.0.1:$SERVICE" services__scheduling__grpc__0="http://127.0.0.1:$SERVICE_GRPC" \
    RateLimiting__PermitsPerWindow=1000000000 RateLimiting__ClientPermitsPerWindow=1000000000 \
    Kestrel__Endpoints__Http__Url="http://127.0.0.1:$port" Kestrel__Endpoints__Grpc__Url="http://127.0.0.1:$grpc" \
    dotnet Suite.Gateway.dll >"$work/$1.log" 2>&1) & pids+=($!)
  pid[$1]=$!; url[$1]="http://127.0.0.1:$port"
}
start_gateway gateway gateway/Suite.Gateway/bin/Release/net10.0
if [ -n "${GATEWAY_BEFORE:-}" ]; then
  start_gateway before "$GATEWAY_BEFORE"; targets=(direct before gateway nginx)
fi

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
url[nginx]="http://127.0.0.1:$NGINX"
for target in "${targets[@]}"; do [ "$target" = nginx ] || wait_ready "${url[$target]}/health/ready"; done
pid[nginx]=$(pgrep -P "$(cat "$work/nginx.pid")" | head -n1)   # the one worker process

TOKEN=$(dotnet AppHost/Suite.Standalone/bin/Release/net10.0/Suite.Standalone.dll token --role supervisor --tenant bench --signing-key "$KEY")
AGENT=$(curl -sf -X POST "http://127.0.0.1:$SERVICE/api/scheduling/agents" -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
  -d '{"employeeNumber":"B-1","displayName":"Bench Agent","team":"Bench","level":"customer-service","skills":["after-sales"],"hiredOn":"2026-11-02"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
path="/api/scheduling/agents/$AGENT"

# One wrk run: prints "requests/s p50_ms p99_ms proxy_cpu_us_per_request service_cpu_us_per_request".
measure() { # target, duration
  local proxy_before service_before figures requests
  proxy_before=$(cpu_ms "${pid[$1]}"); service_before=$(cpu_ms "$service_pid")
  figures=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 30s --latency -H "Authorization: Bearer $TOKEN" "${url[$1]}$path" | wrk_figures)
  requests=$(echo "$figures" | cut -d' ' -f4)
  echo "$(echo "$figures" | cut -d' ' -f1-3)" \
    "$(( ($(cpu_ms "${pid[$1]}") - proxy_before) * 1000 / requests ))" \
    "$(( ($(cpu_ms "$service_pid") - service_before) * 1000 / requests ))"
}

for target in "${targets[@]}"; do measure "$target" "$WARMUP" >/dev/null; done   # warm-up: JIT tiers, pools

# Runs are interleaved so that drift on a shared machine affects every target alike.
declare -A results
for _ in $(seq 1 "$RUNS"); do
  for target in "${targets[@]}"; do results[$target]+="$(measure "$target" "$DURATION")"$'\n'; done
done
declare -A rps p50 p99 cpu
for target in "${targets[@]}"; do
  rps[$target]=$(column "${results[$target]}" 1 | median)
  p50[$target]=$(column "${results[$target]}" 2 | median)
  p99[$target]=$(column "${results[$target]}" 3 | median)
  cpu[$target]=$(column "${results[$target]}" 4 | median)
done
service_cpu=$(column "${results[direct]}" 5 | median)

nginx_version=$(nginx -v 2>&1 | sed 's/.*nginx\///')
row() { # target, label
  local vs_direct=""; [ "$1" = direct ] || vs_direct=$(added_ms "${p99[$1]}" "${p99[direct]}")
  local own="${cpu[$1]} µs"; [ "$1" = direct ] && own="(service: $service_cpu µs)"
  echo "| $2 | ${rps[$1]} | ${p50[$1]} ms | ${p99[$1]} ms | $(percent "${rps[$1]}" "${rps[nginx]}") | $vs_direct | $own |"
}
table="| path | requests/s | p50 | p99 | throughput vs nginx | p99 added vs direct | proxy CPU per request |
|---|---|---|---|---|---|---|
$(row direct "direct to Scheduling")"
[ -n "${GATEWAY_BEFORE:-}" ] && table+=$'\n'"$(row before "YARP gateway, previous build (GATEWAY_BEFORE)")"
table+=$'\n'"$(row gateway "YARP gateway (JWT, tenant and client rate limits, correlation id)")
$(row nginx "nginx $nginx_version reverse proxy")"

goal() { if python3 -c "import sys; sys.exit(0 if $1 else 1)"; then echo met; else echo "not met"; fi; }
gateway_share=$(python3 -c "print(round(${rps[gateway]}/${rps[nginx]}*100))")
gateway_added=$(python3 -c "print(round(${p99[gateway]}-${p99[direct]}, 2))")
nginx_added=$(python3 -c "print(round(${p99[nginx]}-${p99[direct]}, 2))")
raw_cpu_ratio=$(python3 -c "print(f'{${cpu[gateway]}/max(${cpu[nginx]},1):.1f}')")

emit_section "### Gateway: authenticated read through YARP, directly, and through nginx

Command: \`bash bench/gateway.sh$([ "$QUICK" = 1 ] && echo " --quick")\`. \`GET /api/scheduling/agents/{id}\` with a bearer token
(Scheduling on SQLite; every process in the Production environment with its shipped settings), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, median of $RUNS interleaved runs after a $WARMUP warm-up of each;
$(wrk_version), nginx $nginx_version (one worker, keep-alive to the service). The proxy's CPU per request is its process's
user and system time (from /proc) over the requests wrk counted.

$table

The gateway reaches ${gateway_share}% of nginx's throughput (goal: at least 80%: $(goal "$gateway_share >= 80")) and adds
${gateway_added} ms of p99 over the direct call (goal: under 2 ms: $(goal "$gateway_added < 2"); nginx adds ${nginx_added} ms in the
same run). It spends ${raw_cpu_ratio}x nginx's CPU per request: it validates the token and applies two rate limits, which nginx does not."
