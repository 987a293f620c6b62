#!/usr/bin/env bash
# Runs the reliability and security proofs of RELIABILITY.md on their own, after a build:
#   scripts/reliability.sh              all of them (poison messages, authorization and fuzz sweeps,
#                                       no lost events at 10,000 events, replicas)
#   scripts/reliability.sh --quick      the same with 2,000 events in the no-lost-events stream
# SUITE_RELIABILITY_EVENTS overrides the number of events. Needs rabbitmq-server (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CONFIGURATION:-Release}"
if [ "${1:-}" = "--quick" ]; then
  export SUITE_RELIABILITY_EVENTS="${SUITE_RELIABILITY_EVENTS:-2000}"
fi

dotnet build tests/Suite.System.Tests -c "$configuration" -warnaserror -nologo -clp:ErrorsOnly
dotnet build tests/Suite.ServiceDefaults.Tests -c "$configuration" -warnaserror -nologo -clp:ErrorsOnly
dotnet build tests/Suite.Gateway.Tests -c "$configuration" -warnaserror -nologo -clp:ErrorsOnly

dotnet test tests/Suite.ServiceDefaults.Tests -c "$configuration" --no-build --nologo \
  --filter "FullyQualifiedName~DeadLetter|FullyQualifiedName~OutboxAndInbox" --logger "console;verbosity=normal"
dotnet test tests/Suite.Gateway.Tests -c "$configuration" --no-build --nologo \
  --filter "FullyQualifiedName~RateLimit" --logger "console;verbosity=normal"
dotnet test tests/Suite.System.Tests -c "$configuration" --no-build --nologo \
  --filter "Category=Reliability|FullyQualifiedName~AuthenticationSweep|FullyQualifiedName~AuthorizationSweep|FullyQualifiedName~FuzzTests" \
  --logger "console;verbosity=detailed"
