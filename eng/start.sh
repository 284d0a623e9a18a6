#!/usr/bin/env bash
# The README's first command: installs what is missing, builds kubesharp, and starts a single-node
# cluster in the foreground (Ctrl+C stops it). Extra arguments go to `kubesharp server`, e.g.
#   sudo eng/start.sh --https-listen-port 0 --data-dir /tmp/kubesharp
set -euo pipefail
cd "$(dirname "$0")/.."

eng/install-deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/KubeSharp/KubeSharp.csproj -c Release --nologo -v quiet
binary=src/KubeSharp/bin/Release/net10.0/kubesharp

# The server logs where it wrote the admin kubeconfig (DATA_DIR/kubeconfig.yaml) and a
# "KubeSharp is ready" line once kubectl can use it.
exec "$binary" server "$@"
