#!/usr/bin/env bash
# Runs every benchmark of the suite and writes BENCHMARKS.md from bench/BENCHMARKS.template.md: the machine
# (cores, memory, load average at the start and the end), the versions, the command, the date, and one section
# per benchmark, each with the peer it was measured beside.
#   bash bench/run-all.sh [--quick] [--only NAME,NAME] [--output PATH]
#   --quick   about 5 minutes on two cores (smaller data, fewer and shorter runs); the full run takes about 20.
#   --only    a subset, e.g. --only gateway,mixed (names: gateway intake events mixed roster autoqa sla).
#   --output  where to write (default BENCHMARKS.md).
# Installs what it needs from Debian when missing (wrk, nginx, rabbitmq-server, ripgrep). A benchmark project
# that is missing stops the run before anything is measured; a benchmark that fails is named in its section
# with the end of its log, and the run exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

QUICK=0; ONLY=""; OUTPUT=BENCHMARKS.md
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) [ $# -ge 2 ] || { echo "--only needs a list" >&2; exit 2; }; ONLY=$2; shift ;;
    --output) [ $# -ge 2 ] || { echo "--output needs a path" >&2; exit 2; }; OUTPUT=$2; shift ;;
    *) echo "unknown option '$1' (options: --quick, --only NAME,NAME, --output PATH)" >&2; exit 2 ;;
  esac
  shift
done
quick_flag=(); [ "$QUICK" = 1 ] && quick_flag=(--quick)

ALL=(gateway intake events mixed roster autoqa sla)
declare -A project=([events]=bench/Suite.Bench.Events [roster]=bench/Suite.Bench.Roster
                    [autoqa]=bench/Suite.Bench.AutoQa [sla]=bench/Suite.Bench.Sla [mixed]=bench/Suite.Bench.Load)
declare -A script=([gateway]=bench/gateway.sh [intake]=bench/intake.sh [mixed]=bench/mixed.sh)
selected=("${ALL[@]}")
if [ -n "$ONLY" ]; then
  IFS=, read -r -a selected <<<"$ONLY"
  for name in "${selected[@]}"; do
    [[ " ${ALL[*]} " == *" $name "* ]] || { echo "unknown benchmark '$name' (names: ${ALL[*]})" >&2; exit 2; }
  done
fi

# Every benchmark must be there before anything runs: a missing one is an error, never a silent gap.
missing=()
for name in "${selected[@]}"; do
  if [ -n "${project[$name]:-}" ] && ! ls "${project[$name]}"/*.csproj >/dev/null 2>&1; then missing+=("$name (${project[$name]})"); fi
  if [ -n "${script[$name]:-}" ] && [ ! -f "${script[$name]}" ]; then missing+=("$name (${script[$name]})"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  printf 'missing benchmark: %s\n' "${missing[@]}" >&2
  exit 1
fi

need wrk wrk
need nginx nginx
need rabbitmq-server rabbitmq-server
need rg ripgrep

started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/suite-run-all.XXXXXX)
trap 'rm -rf "$work"' EXIT

failed=()
run() { # name, command...: the command writes its section to $work/$name.md
  local name=$1 began=$SECONDS; shift
  echo "== $name: $*" >&2
  if "$@" >"$work/$name.log" 2>&1 && [ -s "$work/$name.md" ]; then
    echo "   done in $((SECONDS - began)) s" >&2
  else
    echo "   FAILED after $((SECONDS - began)) s; the end of its log:" >&2
    tail -n 20 "$work/$name.log" >&2
    failed+=("$name")
    { echo "### $name: FAILED"; echo; echo "\`$*\` failed after $((SECONDS - began)) s. The end of its log:"; echo
      echo '```'; tail -n 20 "$work/$name.log"; echo '```'; } >"$work/$name.md"
  fi
}

for name in "${selected[@]}"; do
  out="$work/$name.md"
  case "$name" in
    gateway|intake|mixed) run "$name" bash "${script[$name]}" "${quick_flag[@]}" --markdown "$out" ;;
    *) run "$name" dotnet run -c Release --project "${project[$name]}" -- "${quick_flag[@]}" --markdown "$out" ;;
  esac
done

version_of() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo "not installed"; }
machine="- $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | sed -n 1p)), $(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) of memory, $(. /etc/os-release && echo "$PRETTY_NAME")
- load average (1, 5, 15 min) at the start: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
versions="- .NET SDK $(dotnet --version); $(wrk_version); nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'); RabbitMQ $(version_of rabbitmq-server) (Erlang $(version_of erlang-base)); $(rg --version | sed -n 1p)"
command="bash bench/run-all.sh${quick_flag:+ --quick}${ONLY:+ --only $ONLY}"

python3 - "$OUTPUT" "$started" "$command" "$machine" "$versions" "$work" "${selected[@]}" <<'PY'
import pathlib, sys
output, date, command, machine, versions, work, *names = sys.argv[1:]
sections = "\n\n".join(pathlib.Path(work, name + ".md").read_text().strip() for name in names)
text = pathlib.Path("bench/BENCHMARKS.template.md").read_text()
for key, value in {"date": date, "command": command, "machine": machine, "versions": versions, "sections": sections}.items():
    text = text.replace("{{" + key + "}}", value)
pathlib.Path(output).write_text(text.rstrip() + "\n")
PY
echo "wrote $OUTPUT" >&2
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
