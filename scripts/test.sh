#!/usr/bin/env bash
# Builds the suite with warnings as errors and runs every test project, including the system tests
# that start the embedded host and the distributed suite over a private RabbitMQ node.
# Prints one closing line: "N passed, N failed, N skipped", summed over all test projects.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration="${CONFIGURATION:-Release}"
results="artifacts/test-results"

# Debian packages the system tests need: the distributed test starts its own RabbitMQ node, and the
# console's browser tests drive Chromium.
apt_updated=""
need_package() { # package, the file it provides
  [ -e "$2" ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing $1 (Debian package) for the system tests..."
    [ -n "$apt_updated" ] || { apt-get update -qq; apt_updated=yes; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    echo "$1 is not installed and this user cannot install it: the system tests that need it will fail. Install it with: sudo apt-get install $1" >&2
  fi
}
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  need_package rabbitmq-server /usr/lib/rabbitmq/bin/rabbitmq-server
  # The package starts a system-wide node on some machines; the tests run their own private one.
  systemctl stop rabbitmq-server 2>/dev/null || service rabbitmq-server stop 2>/dev/null || true
fi
need_package chromium /usr/bin/chromium
# Chinese text in the console screenshots needs a CJK font; without one Chromium draws empty boxes.
need_package fonts-wqy-zenhei /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc

dotnet tool restore >/dev/null
dotnet build Suite.sln -c "$configuration" -warnaserror -nologo -clp:ErrorsOnly

rm -rf "$results"
# One run per test project, each writing into its own folder, so no result file can overwrite another.
status=0
projects=0
for project in tests/*/*.Tests.csproj; do
  projects=$((projects + 1))
  name=$(basename "$project" .csproj)
  # The 10,000-event restart test and the replica test take minutes each: scripts/reliability.sh runs them.
  # The README's console screenshots are taken on demand (scripts/console-screenshots.sh), not in every run.
  dotnet test "$project" -c "$configuration" --no-build --nologo --filter "Category!=Reliability&Category!=Screenshots" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results/$name" || status=$?
done

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed); e=$(value error); t=$(value timeout); a=$(value aborted)
  passed=$((passed + p))
  failed=$((failed + f + e + t + a))
  skipped=$((skipped + total - executed))
done

if [ "$files" -lt "$projects" ]; then
  echo "Only $files of $projects test projects wrote results: a test host crashed." >&2
  failed=$((failed + projects - files))
fi
if [ "$status" != "0" ] && [ "$failed" = "0" ]; then
  # The runner failed without a failing test (a crashed test host): count it, never hide it.
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = "0" ]
