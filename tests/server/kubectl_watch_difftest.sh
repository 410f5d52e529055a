#!/usr/bin/env bash
# `kubectl get -w` steps against the real kubectl 1.27 and 1.33: `jobsim serve
# scenarios/watch-pods.yaml --manual-clock` (its job watch made a -w watch at
# 0s, and -o yaml / -o json watches added beside them, so every watch prints
# its list first and we know it is connected),
# the real `kubectl get ... -w` started at t=0 in the background, the clock
# advanced 40 s in one step, then each served watch block (stamped [t=0s])
# must equal the real kubectl's output byte for byte. Exit 77 (CTest:
# skipped) without a versioned kubectl.
#
# Usage: kubectl_watch_difftest.sh JOBSIM_BINARY
set -uo pipefail

jobsim=$1
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=kubectl_binaries.sh
source "$(dirname "$0")/kubectl_binaries.sh"
find_kubectl_minors 27 33
minors=("${kubectl_minors[@]}")
if [ ${#minors[@]} -eq 0 ]; then
  echo "SKIP: no kubectl.1.27 or kubectl.1.33 binary"
  exit 77
fi
top=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  rm -rf "$top"
}
trap cleanup EXIT

# Waits until FILE has at least N lines (20 s at most).
wait_lines() {
  for _ in $(seq 200); do
    [ "$(wc -l < "$1")" -ge "$2" ] && return 0
    sleep 0.1
  done
  return 1
}

failures=0
commands=("get pods -w" "get jobs -w --output-watch-events" "get jobs -w -o yaml" "get jobs -w -o yaml --output-watch-events"
          "get jobs -w -o json" "get pods -w -o json --output-watch-events")
for minor in "${minors[@]}"; do
  dir=$top/1.$minor
  mkdir -p "$dir"
  ln -s "$here/../../scenarios/manifests" "$dir/manifests"
  # The shipped watches, both from 0 s, and the generic printers' watches beside them.
  sed -e 's/^    - at: 1s$/    - at: 0s/' \
      -e 's/get jobs --watch-only --output-watch-events --for 39s/get jobs -w --output-watch-events --for 40s/' \
      -e 's/^    - kubectl: get pods -w --for 40s$/&\n    - kubectl: get jobs -w -o yaml --for 40s\n    - kubectl: get jobs -w -o yaml --output-watch-events --for 40s\n    - kubectl: get jobs -w -o json --for 40s\n    - kubectl: get pods -w -o json --output-watch-events --for 40s/' \
      "$here/../../scenarios/watch-pods.yaml" > "$dir/watch.yaml"
  "$jobsim" serve "$dir/watch.yaml" --manual-clock --wall-clock-timestamps --kubernetes-version "1.$minor" \
    --port 0 --kubeconfig "$dir/kubeconfig" > "$dir/serve.out" 2> "$dir/serve.err" &
  pids+=($!)
  wait_lines "$dir/serve.out" 2 || { echo "FAIL 1.$minor: jobsim serve did not start"; failures=$((failures + 1)); continue; }
  url=$(grep -o 'http://[0-9.:]*' "$dir/serve.out" | head -1)
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    TZ=UTC "$kubectl_dir/kubectl.1.$minor" --kubeconfig "$dir/kubeconfig" --cache-dir "$dir/cache" \
      ${commands[$i]} > "$dir/real.$i" 2>&1 &
    pids+=($!)
    wait_lines "$dir/real.$i" 1 || echo "1.$minor: kubectl ${commands[$i]} printed no list"
  done
  curl -s -X POST -H 'Content-Type: application/json' -d '{"advance":"40s"}' "$url/jobsim/v1/clock" > /dev/null
  wait_lines "$dir/serve.out" 40
  for i in "${!commands[@]}"; do
    header="[t=0s] \$ kubectl ${commands[$i]} --for 40s"
    awk -v h="$header" '$0 == h {on = 1; next} on && /^(\[t=|FAIL t=|[0-9]+ passed)/ {exit} on' \
      "$dir/serve.out" > "$dir/ours.$i"
    wait_lines "$dir/real.$i" "$(wc -l < "$dir/ours.$i")"
    sleep 0.5  # anything kubectl would print beyond ours
    if diff -u "$dir/real.$i" "$dir/ours.$i" > "$dir/diff.$i"; then
      echo "ok   1.$minor kubectl ${commands[$i]}"
    else
      echo "FAIL 1.$minor kubectl ${commands[$i]}"
      cat "$dir/diff.$i"
      failures=$((failures + 1))
    fi
  done
done
echo "$failures failed"
[ "$failures" -eq 0 ]
