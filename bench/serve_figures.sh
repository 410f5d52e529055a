#!/usr/bin/env bash
# Figures of `jobsim serve` on loopback (benchmarks, not timed tests: nothing
# fails on a slow figure). See bench/README.md.
#
#   bench/serve_figures.sh [JOBSIM]        # default build/jobsim
#
# Environment: THREADS (wrk -t, 2), CONNECTIONS (wrk -c, 32), DURATION (wrk -d, 5s),
# NGINX_WORKERS (1), STARTUP_RUNS (10), WATCHERS (100), WRITES (50), PODS (10).
#
# Prints one line per figure:
#   startup_ms median=.. max=..
#   get_rps jobsim=.. nginx=.. ratio=..
#   list_rps jobsim=.. nginx=.. ratio=..
#   watch_latency_ms p50=.. p99=.. max=..
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jobsim="$(realpath "${1:-$here/../build/jobsim}")"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-32}"
duration="${DURATION:-5s}"
nginx_workers="${NGINX_WORKERS:-1}"
startup_runs="${STARTUP_RUNS:-10}"
watchers="${WATCHERS:-100}"
writes="${WRITES:-50}"
pods="${PODS:-10}"

[[ -x "$jobsim" ]] || { echo "serve_figures: no jobsim at $jobsim (build it: cmake --build build --target jobsim)" >&2; exit 2; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
command -v c++ >/dev/null || missing+=(g++)
if ((${#missing[@]})); then
  echo "serve_figures: installing ${missing[*]}" >&2
  apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

tmp="$(mktemp -d -t serve-figures.XXXXXX)"
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback port (the kernel's pick; nginx cannot take port 0).
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# wrk's Requests/sec, as a number; fails when wrk saw errors or non-2xx answers.
rps() {
  local out
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$1")"
  if grep -q -E 'Non-2xx|Socket errors' <<<"$out"; then
    echo "serve_figures: wrk against $1 saw errors:" >&2
    echo "$out" >&2
    return 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# The watch client: a standalone C++ program (a Python one costs more than the server).
c++ -O2 -std=c++20 -o "$tmp/serve_watch_latency" "$here/serve_watch_latency.cc"

# ---- 1. startup: spawn to the first answered request
python3 "$here/serve_figures.py" startup "$jobsim" "$tmp" "$startup_runs"

# ---- the served cluster for figures 2 and 3: a manual clock, one Job whose pods exist
"$jobsim" serve --port 0 --manual-clock --kubeconfig "$tmp/kubeconfig" >"$tmp/serve.out" 2>"$tmp/serve.err" &
pids+=($!)
for _ in $(seq 200); do grep -q 'API on' "$tmp/serve.out" 2>/dev/null && break; sleep 0.05; done
url="$(grep -o 'http://[0-9.:]*' "$tmp/serve.out" | head -1)"
[[ -n "$url" ]] || { echo "serve_figures: jobsim serve did not start:" >&2; cat "$tmp/serve.err" >&2; exit 1; }

job="figures"
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' "$url/apis/batch/v1/namespaces/default/jobs" -d @- <<JSON
{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"$job"},
 "spec":{"completions":$pods,"parallelism":$pods,"template":{"spec":{"restartPolicy":"Never",
   "containers":[{"name":"main","image":"busybox","command":["sleep","3600"]}]}}}}
JSON
# Let the pods be created, scheduled and started (sleeping an hour: they stay Running).
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' "$url/jobsim/v1/clock" -d '{"advance":"30s"}'

get_path="/apis/batch/v1/namespaces/default/jobs/$job"
list_path="/api/v1/namespaces/default/pods"
mkdir -p "$tmp/www${get_path%/*}" "$tmp/www${list_path%/*}"
curl -fsS -o "$tmp/www$get_path" "$url$get_path"
curl -fsS -o "$tmp/www$list_path" "$url$list_path"
n_pods="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$tmp/www$list_path")"
echo "# bodies: GET $(stat -c %s "$tmp/www$get_path") B, LIST $(stat -c %s "$tmp/www$list_path") B ($n_pods pods)"

# ---- nginx serving the same bodies as static files, from the temp dir only
# (run as root, nginx's workers drop to an unprivileged user: let them read www/)
chmod a+rx "$tmp"
chmod -R a+rX "$tmp/www"
nginx_port="$(free_port)"
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes $nginx_workers;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $tmp/nginx/client_body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  default_type application/json;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/www;
  }
}
CONF
"$nginx_bin" -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 100); do curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port$get_path" 2>/dev/null && break; sleep 0.05; done
cmp -s <(curl -fsS "http://127.0.0.1:$nginx_port$get_path") "$tmp/www$get_path" || { echo "serve_figures: nginx did not start" >&2; cat "$tmp/nginx/logs/error.log" >&2; exit 1; }

# ---- 2. GET and LIST throughput: the same wrk against both
echo "# wrk -t$threads -c$connections -d$duration; nginx worker_processes $nginx_workers"
j="$(rps "$url$get_path")"; n="$(rps "http://127.0.0.1:$nginx_port$get_path")"
echo "get_rps jobsim=$j nginx=$n ratio=$(ratio "$j" "$n")"
j="$(rps "$url$list_path")"; n="$(rps "http://127.0.0.1:$nginx_port$list_path")"
echo "list_rps jobsim=$j nginx=$n ratio=$(ratio "$j" "$n") pods=$n_pods"

# ---- 3. watch latency: WATCHERS watches, WRITES label patches of one pod
pod="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["items"][0]["metadata"]["name"])' "$tmp/www$list_path")"
port="${url##*:}"
"$tmp/serve_watch_latency" 127.0.0.1 "$port" default "$pod" "$watchers" "$writes"
