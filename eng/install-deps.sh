#!/usr/bin/env bash
# Installs, from Debian's apt, every package KubeSharp and its tests need and that is not yet installed.
# Safe to run again: it does nothing when everything is present. Run as root on Debian 12.
set -euo pipefail

packages=(
  # container runtime: OCI runtime, container monitor, pid-1 for shared-PID pods, CNI plugins
  runc conmon catatonit containernetworking-plugins
  # networking: namespaces/veth/bridges, service proxy rules, conntrack clean-up
  iproute2 iptables nftables conntrack
  # test images and registries built locally (no internet): busybox rootfs, OCI tooling, a local registry
  busybox-static skopeo umoci docker-registry apache2-utils
  # the reference store for storage benchmarks and the multi-server backend
  etcd-server etcd-client
  # cluster DNS: dig asks it in end-to-end tests, dnsperf loads it in its benchmark
  bind9-dnsutils dnsperf
  # small tools scripts rely on
  ca-certificates curl procps psmisc util-linux openssl
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Services some of these packages ship (docker-registry, etcd) are never used as system services:
  # tests and benchmarks start their own instances on loopback. policy-rc.d keeps apt from starting them.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  if ((created_policy)); then rm -f "$policy"; fi
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-deps: the .NET 10 SDK is required (https://learn.microsoft.com/dotnet/core/install/linux-debian)" >&2
  exit 1
fi
