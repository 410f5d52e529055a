#!/usr/bin/env bash
# Installs the Debian 12 packages jobsim builds and tests with, when any is missing.
set -euo pipefail
packages=(build-essential cmake g++ libboost-dev nlohmann-json3-dev libyaml-cpp-dev libcli11-dev
          libfmt-dev catch2 libbenchmark-dev libmimalloc-dev lld curl)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# The client-node end-to-end test needs node and npm. Checked as commands, not
# packages: a node installed otherwise (its own npm included) is kept, since
# Debian's npm package would conflict with it.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
