#!/bin/sh
# Installs every Debian package Sable builds, tests and fuzzes with. Run as root.
set -eu
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (it calls apt-get)" >&2
  exit 1
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build ccache pkg-config git \
  clang libclang-rt-14-dev \
  libicu-dev libuv1-dev libasmjit-dev libdouble-conversion-dev libgmp-dev \
  zlib1g-dev libbrotli-dev libssl-dev ca-certificates node-llhttp \
  libgtest-dev libgmock-dev libbenchmark-dev \
  python3 >/dev/null
