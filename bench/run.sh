#!/usr/bin/env bash
# Runs the benchmarks (all, or those named) in Release and prints Markdown tables with the ratio to
# each benchmark's reference. Copy the figures into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet run -c Release --project bench/KubeSharp.Bench/KubeSharp.Bench.csproj -- "$@"
