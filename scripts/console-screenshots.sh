#!/usr/bin/env bash
# Retakes the README's console screenshots (docs/console/*.png): starts the embedded suite with the demo
# centre loaded, signs in with the demo identities and photographs every page of the console's navigation.
# Takes several minutes (the demo centre is built through the public API first). Needs chromium and a CJK
# font (Debian packages chromium, fonts-wqy-zenhei).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CONFIGURATION:-Release}"
for needed in /usr/bin/chromium /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc; do
  [ -e "$needed" ] || { echo "Missing $needed: sudo apt-get install -y chromium fonts-wqy-zenhei" >&2; exit 1; }
done

dotnet build tests/Suite.System.Tests -c "$configuration" -warnaserror -nologo -clp:ErrorsOnly
dotnet test tests/Suite.System.Tests -c "$configuration" --no-build --nologo \
  --filter "Category=Screenshots" --logger "console;verbosity=normal"
git status --short docs/console
