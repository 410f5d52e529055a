#!/usr/bin/env python3
"""Helper of serve_figures.sh: the startup figure of `jobsim serve`.

Python 3 standard library only; loopback only. Wall time is read here, outside
the simulation.

  serve_figures.py startup JOBSIM TMPDIR [RUNS]
      spawn `jobsim serve --port 0 --manual-clock --kubeconfig TMPDIR/kc`, read the
      address it prints, poll GET /version until a 200; ms from spawn to that 200.
      Prints `startup_ms median=.. max=.. runs=.. printed_median=..`: printed
      is the ms from spawn until the address line was read.

(The watch-latency figure is serve_watch_latency.cc: a Python client of 100
watches costs more CPU than the server it measures.)
"""

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse


# ---------------------------------------------------------------- startup


def one_startup(jobsim, tmpdir, run):
    kubeconfig = os.path.join(tmpdir, f"startup-{run}.kubeconfig")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [jobsim, "serve", "--port", "0", "--manual-clock", "--kubeconfig", kubeconfig],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        line = proc.stdout.readline().decode()
        printed = (time.perf_counter() - t0) * 1000  # "jobsim serve: Kubernetes 1.33 API on http://127.0.0.1:PORT (clock: ...)"
        url = next(w for w in line.split() if w.startswith("http://"))
        host, port = urllib.parse.urlsplit(url).hostname, urllib.parse.urlsplit(url).port
        request = f"GET /version HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode()
        deadline = t0 + 10
        while time.perf_counter() < deadline:
            try:
                with socket.create_connection((host, port), timeout=1) as s:
                    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    s.sendall(request)
                    head = s.recv(64)
                    if head.startswith(b"HTTP/1.1 200"):
                        return (time.perf_counter() - t0) * 1000, printed
            except OSError:
                pass
        raise RuntimeError("no 200 from /version within 10 s")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def startup(jobsim, tmpdir, runs=10):
    results = [one_startup(jobsim, tmpdir, i) for i in range(runs)]
    times = [t for t, _ in results]
    printed = [p for _, p in results]
    print(f"startup_ms median={statistics.median(times):.1f} max={max(times):.1f} runs={runs}"
          f" printed_median={statistics.median(printed):.1f}", flush=True)


def main(argv):
    if len(argv) >= 3 and argv[0] == "startup":
        return startup(argv[1], argv[2], *(int(a) for a in argv[3:4]))
    sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
