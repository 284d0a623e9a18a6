#!/usr/bin/env bash
# The README's first command: installs what is missing, builds kubesharp, and starts a single-node
# cluster. Extra arguments go to `kubesharp server`.
set -euo pipefail
cd "$(dirname "$0")/.."

eng/install-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/KubeSharp/KubeSharp.csproj -c Release --nologo -v quiet
binary=src/KubeSharp/bin/Release/net10.0/kubesharp

if "$binary" server --help >/dev/null 2>&1; then
  exec "$binary" server "$@"
fi

# Until the API server lands (see docs/roadmap.md) the binary can only report its version.
"$binary" version
echo "kubesharp server is not available in this build yet; see docs/roadmap.md" >&2
