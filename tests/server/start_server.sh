# Sourced by the end-to-end scripts: start and stop one `jobsim serve` on a
# free loopback port. Needs $jobsim (the binary). Sets $server_pid and $url.

server_pid=""

# start_server DIR ARGS...: the server's kubeconfig, stdout and stderr go in DIR.
start_server() {
  local dir=$1
  shift
  "$jobsim" serve --port 0 --kubeconfig "$dir/kubeconfig" "$@" >"$dir/serve.out" 2>"$dir/serve.err" &
  server_pid=$!
  for _ in $(seq 50); do
    grep -q '^export KUBECONFIG=' "$dir/serve.out" 2>/dev/null && break
    sleep 0.1
  done
  grep -q '^export KUBECONFIG=' "$dir/serve.out" || { cat "$dir/serve.out" "$dir/serve.err"; echo "FAIL: serve did not start"; exit 1; }
  echo "== $(head -1 "$dir/serve.out")"
  url=$(sed -n 's/^jobsim serve: .* API on \(http:[^ ]*\) .*/\1/p' "$dir/serve.out")
}

stop_server() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  server_pid=""
}
