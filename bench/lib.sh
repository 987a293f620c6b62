# Helpers the benchmark scripts share (sourced, not run): options, Debian packages, ports, processes,
# wrk output, CPU time from /proc, medians and Markdown sections.

# Sets QUICK=1 for --quick and MARKDOWN=PATH for --markdown PATH; anything else is a usage error.
bench_options() {
  QUICK=0; MARKDOWN=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --quick) QUICK=1 ;;
      --markdown) [ $# -ge 2 ] || { echo "--markdown needs a path" >&2; exit 2; }; MARKDOWN=$2; shift ;;
      *) echo "unknown option '$1' (options: --quick, --markdown PATH)" >&2; exit 2 ;;
    esac
    shift
  done
}

# need COMMAND PACKAGE: installs the Debian package when the command is missing.
need() {
  command -v "$1" >/dev/null && return 0
  echo "installing $2 (Debian package) for $1" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  command -v "$1" >/dev/null || { echo "$1 is still missing after installing $2" >&2; exit 1; }
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_ready() {
  for _ in $(seq 1 1200); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done
  echo "not ready after 120 s: $1" >&2; exit 1
}

# User plus system CPU time of a process, in milliseconds (fields 14 and 15 of /proc/PID/stat, in clock ticks).
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$1/stat"
}

# Resident memory of a process in MB (VmRSS from /proc/PID/status).
rss_mb() { awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }

# Reads wrk --latency output on stdin; prints "requests_per_second p50_ms p99_ms requests". Fails on any non-2xx answer
# or socket error (the scripts give wrk a 30 s timeout), so a benchmark never reports the speed of refusals or losses.
wrk_figures() {
  python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
if non2xx: sys.exit("non-2xx answers: " + non2xx.group(1) + "\n" + text)
errors = re.search(r"Socket errors: .*", text)
if errors and re.search(r"(read|write|timeout) [1-9]", errors.group(0)): sys.exit(errors.group(0) + "\n" + text)
requests = int(re.search(r"(\d+) requests in", text).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50, p99 = ms("50%"), ms("99%")
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {requests}")'
}

# Median of the numbers on stdin, one a line.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# column N of the lines in a variable, as lines: column "$rows" 2
column() { printf '%s' "$1" | awk -v n="$2" 'NF { print $n }'; }

percent() { python3 -c "print(f'{$1/$2*100:.0f}%')"; }
added_ms() { python3 -c "print(f'{$1-$2:+.2f} ms')"; }

# wrk -v prints its version and exits 1, which pipefail would turn into a failed run.
wrk_version() { { wrk -v 2>&1 || true; } | sed -n 1p | cut -d' ' -f1-2; }

# Writes a section to MARKDOWN if given, and always to stdout.
emit_section() {
  printf '%s\n' "$1"
  if [ -n "$MARKDOWN" ]; then printf '%s\n' "$1" >"$MARKDOWN"; fi
}
