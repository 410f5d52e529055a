#!/usr/bin/env bash
# End to end with a second real client: @kubernetes/client-node (pinned in
# client_node/package-lock.json) against `jobsim serve` on a free loopback
# port. Installs the client with `npm ci` into WORK_DIR (node_modules and the
# npm cache stay out of the source tree; a warm cache makes later runs
# offline), then runs client_node/test.mjs, which asserts on every answer.
# Exit 77 (CTest: skipped) only when node or npm cannot be found
# (scripts/install-deps.sh installs Debian's nodejs and npm).
#
# Usage: client_node_e2e.sh JOBSIM_BINARY WORK_DIR
set -uo pipefail

jobsim=$(readlink -f "$1")
work=$(mkdir -p "$2" && cd "$2" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "SKIP: node or npm not found (scripts/install-deps.sh installs them)"
  exit 77
fi
echo "== node $(node --version), npm $(npm --version)"

mkdir -p "$work"
cp "$here/client_node/package.json" "$here/client_node/package-lock.json" "$here/client_node/test.mjs" "$work/"
cd "$work" || exit 1
if ! npm ci --cache "$work/npm-cache" --prefer-offline --no-audit --no-fund >npm.log 2>&1; then
  cat npm.log
  echo "FAIL: npm ci"
  exit 1
fi

# shellcheck source=start_server.sh
source "$here/start_server.sh"
trap stop_server EXIT
# --speed 60: the job's 30 virtual seconds pass in half a real second.
start_server "$work" --speed 60

KUBECONFIG="$work/kubeconfig" node test.mjs
