#!/usr/bin/env python3
"""Differential test: jobsim's kubectl printers against the real kubectl.

For each installed kubectl 1.27 ... 1.33 (kubectl.1.<minor> beside the
/usr/bin/kubectl dispatcher), and for each STATE below: `jobsim serve SCENARIO
--manual-clock --kubernetes-version 1.<minor>` plays a shipped scenario with
`kubectl:` steps added at chosen times. The clock is advanced to exactly
each time, so the served scenario prints jobsim's own rendering of every
command (kubectl/, the same printers as `jobsim run`), and the real kubectl
runs the same command against the same store at the same virtual time. The
two outputs must be equal byte for byte, except cells kubectl computes from
its own (real) clock, which is not the served virtual clock: the Age column
of describe's tables (events: "5m (x3 over 10m)", keeping the count; a node's
pods). Ages in `get` come from the server's Tables at virtual time and are
compared as they are. The server runs with --wall-clock-timestamps: jobsim's
printers show the virtual instants, so the served ones must be those too
(by default a manual clock's are moved to wall-clock ages: docs/serve.md).

A difference that is known and not yet fixed is listed in KNOWN with its
reason; such a command still runs, and its entry fails the test once the
outputs agree (so the list cannot go stale).

Usage: kubectl_difftest.py JOBSIM_BINARY [MINOR ...] [--only SCENARIO] [--keep DIR]
Exit 77 (CTest: skipped) when no versioned kubectl is installed.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIOS = os.path.normpath(os.path.join(HERE, "..", "..", "scenarios"))
MINORS = range(27, 34)


def job_commands(job, *more):
    """What is compared for a state with one Job of interest (and `more`)."""
    return [
        "get pods -o wide",
        "get jobs",
        "get events",
        f"describe job {job}",
        f"describe pods -l job-name={job}",
        f"get job {job} -o yaml",
        f"get pods -l job-name={job} -o yaml",
        f"get job {job} -o json",
        *more,
    ]


# Compared in one state per version: more forms of `get`.
ONCE = ["get pods", "get jobs -o wide", "get events -o wide", "get events -o yaml", "get ev", "get pods -o name",
        "get job pi -o jsonpath={.status.failed}",
        # managedFields: jobsim's printers derive the entries jobsim serve serves.
        "get job pi -o jsonpath={.metadata.managedFields[*].manager}",
        "get pods -o custom-columns=NAME:.metadata.name,MANAGERS:.metadata.managedFields[*].manager",
        "get job pi --show-managed-fields -o yaml", "get pods --show-managed-fields -o json",
        "get pods -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,TYPES:.status.conditions[*].type,"
        "EXIT:.status.containerStatuses[0].state.terminated.exitCode,LABELS:.metadata.labels,NONE:.spec.nothing",
        # --sort-by: table rows by the embedded objects, a List, no object with the field, one row.
        "get pods --sort-by=.status.startTime", "get pods -o wide --sort-by=.metadata.creationTimestamp",
        "get events --sort-by=.lastTimestamp", "get events --sort-by=.involvedObject.name",
        "get pods --sort-by=.metadata.name -o name", "get pods --sort-by=.spec.nothing",
        "get jobs --sort-by=.spec.nothing",
        # logs of a Job: the pod ByLogging puts first, "Found N pods" on stderr.
        "logs job/pi", "logs job/pi --prefix --tail=2", "logs job/pi --all-containers"]
NODE_COMMANDS = ["get nodes", "get nodes -o wide", "get nodes --show-labels", "get nodes --sort-by=.metadata.creationTimestamp", "describe node node-1", "get node node-1 -o yaml",
                 "get namespaces --show-labels", "get ns default -o yaml"]

# (shipped scenario, [(virtual time, commands), ...]). The added steps see
# the cluster after everything due at their time. A time inside one of the
# scenario's waits would run late (steps wait for the wait): the step's
# [t=...] header would not match, and the state fails.
STATES = [
    # 1.33's story of the seed: failed pods, back-off, BackoffLimitExceeded (~630 s).
    ("41-failed-pods-1-33.yaml", [("15m", job_commands("pi", *ONCE))]),
    # A finished and a running container in one pod.
    ("multi-container.yaml", [("100500ms", job_commands("report", "logs job/report"))]),
    # OnFailure: restarts in place, CrashLoopBackOff, RESTARTS (Xs ago).
    ("onfailure-crashloop.yaml", [("150500ms", job_commands("pi"))]),
    # parallelism 0: half a second after the patch, the running pods Terminating.
    ("parallelism-zero.yaml", [("30500ms", job_commands("batch"))]),
    # Indexed Jobs, failed indexes, a Job failed by podFailurePolicy (before 1.29,
    # whose API drops backoffLimitPerIndex, the waits time out: still later than 5m).
    ("backoff-limit-per-index.yaml", [("300500ms", job_commands("per-index", "describe job fail-fast"))]),
    # activeDeadlineSeconds: a failed Job, its pod deleted.
    ("active-deadline.yaml", [("9500ms", job_commands("pi"))]),
    # Indexed pods (names, hostname, index label), a failed index waiting out its back-off.
    ("indexed-job.yaml", [("13s", job_commands("sample"))]),
    # A Job created suspended: the Suspended condition, STATUS and describe's Suspend line.
    ("suspend-resume.yaml", [("30s", job_commands("paused"))]),
    # Pods deleted with a grace period: Terminating pods, status.terminating, a replacement.
    ("pod-replacement-policy.yaml", [("20500ms", job_commands("when-failed", "get job at-once -o yaml"))]),
    # Nodes, NotReady then Ready; a pod Pending with FailedScheduling.
    ("node-not-ready.yaml", [("85500ms", NODE_COMMANDS + job_commands("pi")), ("145500ms", NODE_COMMANDS)]),
]

# Differences not fixed yet: (minors, scenario, command, reason). The command
# is still compared, and reported; an entry whose outputs agree fails.
KNOWN = []


def format_seconds(ms):
    """sim/scenario/time_text.cc FormatSeconds: the [t=...] of a transcript."""
    whole, fraction = divmod(ms, 1000)
    return f"{whole}s" if fraction == 0 else f"{whole}.{f'{fraction:03}'.rstrip('0')}s"


def duration_ms(text):
    """Go durations as the STATES use them: 15m, 100500ms, 9s."""
    units = {"ms": 1, "s": 1000, "m": 60000, "h": 3600000}
    parts = re.findall(r"(\d+)(ms|s|m|h)", text)
    if "".join(n + u for n, u in parts) != text:
        raise ValueError(f"bad duration {text!r}")
    return sum(int(n) * units[u] for n, u in parts)


def derived_scenario(shipped, times, folder):
    """The shipped scenario with the compared kubectl steps added, each group
    before the first step whose absolute `at` is later (or at the end), in a
    folder with a link to the shipped manifests. spec.steps must be the
    file's last key."""
    with open(os.path.join(SCENARIOS, shipped)) as f:
        lines = f.read().rstrip("\n").split("\n")
    steps = [i for i, line in enumerate(lines) if line == "  steps:"]
    if len(steps) != 1 or any(line and not line.startswith("    ") for line in lines[steps[0] + 1 :]):
        raise RuntimeError(f"{shipped}: spec.steps is not the file's last key")
    head, body = lines[: steps[0] + 1], lines[steps[0] + 1 :]
    indent = re.match(r" *", body[0]).group(0)
    items = []  # (absolute at in ms or None, lines)
    for line in body:
        if line.startswith(indent + "- "):
            at = re.match(re.escape(indent) + r"- at: (\d\S*)$", line)
            items.append((duration_ms(at.group(1)) if at else None, []))
        items[-1][1].append(line)
    for at, commands in reversed(times):
        at_ms = duration_ms(at)
        added = [f"{indent}- at: {at}\n{indent}  kubectl: {commands[0]}"] + [f"{indent}- kubectl: {c}" for c in commands[1:]]
        where = next((n for n, (item_at, _) in enumerate(items) if item_at is not None and item_at > at_ms), len(items))
        items.insert(where, (at_ms, added))
    path = os.path.join(folder, shipped)
    with open(path, "w") as f:
        f.write("\n".join(head + [line for _, item in items for line in item]) + "\n")
    os.symlink(os.path.join(SCENARIOS, "manifests"), os.path.join(folder, "manifests"))
    return path


class Server:
    """One `jobsim serve SCENARIO --manual-clock` on a free loopback port."""

    def __init__(self, jobsim, scenario, minor, folder):
        self.kubeconfig = os.path.join(folder, "kubeconfig")
        self.out_path = os.path.join(folder, "serve.out")
        with open(self.out_path, "w") as out, open(os.path.join(folder, "serve.err"), "w") as err:
            self.process = subprocess.Popen(
                [jobsim, "serve", scenario, "--manual-clock", "--wall-clock-timestamps", "--kubernetes-version",
                 f"1.{minor}", "--port", "0", "--kubeconfig", self.kubeconfig], stdout=out, stderr=err)
        self.url = None
        for _ in range(200):
            match = re.search(r"API on (http://\S+) ", self.output())
            if match and "export KUBECONFIG=" in self.output():
                self.url = match.group(1)
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"jobsim serve did not start: {self.output()}")

    def output(self):
        with open(self.out_path) as f:
            return f.read()

    def advance_to(self, target_ms):
        """Moves the manual clock to exactly target_ms after the start."""
        now = self.clock(None)["elapsedMs"]
        if target_ms < now:
            raise RuntimeError(f"the clock is at {now} ms, past {target_ms} ms")
        state = self.clock({"advance": f"{target_ms - now}ms"})
        if state["elapsedMs"] != target_ms:
            raise RuntimeError(f"clock advanced to {state['elapsedMs']} ms, not {target_ms} ms")

    def clock(self, body):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + "/jobsim/v1/clock", data=data,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.load(answer)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


# Where a step's output ends in serve's stdout: the next step or failed
# check, or the summary after the last step.
TRANSCRIPT_LINE = re.compile(r"^(\[t=\d[^]]*\] |FAIL t=|\d+ passed, \d+ failed$)", re.M)


def our_outputs(transcript, headers):
    """The output of each added kubectl step, found by its exact header line
    (in order) in serve's stdout, up to the next transcript line or the end."""
    outputs = []
    pos = 0
    for header in headers:
        start = transcript.find(header + "\n", pos)
        if start < 0:
            raise RuntimeError(f"step not in serve's output: {header}")
        pos = start + len(header) + 1
        # serve flushes after each run of steps, before the clock answers.
        end = TRANSCRIPT_LINE.search(transcript, pos)
        pos = end.start() if end else len(transcript)
        outputs.append(transcript[start + len(header) + 1 : pos])
    return outputs


# describe's tables whose Age column kubectl fills from its own clock.
AGE_TABLE_HEADER = re.compile(r"^(\s+)(Type|Namespace)\s.*\bAge\b")
AGE_CELL = re.compile(r"^(\S+)( \(x\d+ over )(\S+)(\))$")


def mask_ages(text):
    """Rewrites each describe table that has an Age column: cells are cut at
    the header's column starts, the Age cell's durations become <age> (the
    event count stays), and the table is re-aligned with two spaces."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        match = AGE_TABLE_HEADER.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent = match.group(1)
        header = lines[i]
        # Column names may hold one space ("CPU Requests"); columns are two apart.
        starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header)]
        names = [header[s:e].strip() for s, e in zip(starts, starts[1:] + [None])]
        age = names.index("Age")
        rows = []
        while i < len(lines) and lines[i].startswith(indent) and lines[i].strip():
            row = [lines[i][s:e].rstrip() for s, e in zip(starts, starts[1:] + [None])]
            if len(rows) >= 2:  # below the header and its dashes
                cell = AGE_CELL.match(row[age])
                row[age] = f"<age>{cell.group(2)}<age>{cell.group(4)}" if cell else "<age>"
            rows.append(row)
            i += 1
        widths = [max(len(r[c]) for r in rows) for c in range(len(names))]
        for r in rows:
            out.append((indent + "  ".join(cell.ljust(w) for cell, w in zip(r, widths))).rstrip())
    return "\n".join(out)


def compare(command, ours, theirs):
    """A unified diff of the masked outputs, empty when they agree. The
    transcript ends every step's output with a newline (jsonpath prints
    none): so does the real kubectl's here."""
    if theirs and not theirs.endswith("\n"):
        theirs += "\n"
    if command.startswith("describe "):
        ours, theirs = mask_ages(ours), mask_ages(theirs)
    if ours == theirs:
        return ""
    return "".join(difflib.unified_diff(theirs.splitlines(True), ours.splitlines(True), "kubectl", "jobsim", n=2))


def known_reason(minor, shipped, command):
    for minors, scenario, known_command, reason in KNOWN:
        if minor in minors and scenario == shipped and known_command == command:
            return reason
    return None


def states_for(minor, states, kubectls):
    """The states with the commands compared with this kubectl. `-o yaml`
    and `-o json` print the served JSON the same way in every version: they
    are compared with the oldest and the newest kubectl only, which saves time."""
    if minor in (min(kubectls), max(kubectls)):
        return states
    return [(shipped, [(at, [c for c in commands if not c.endswith((" -o yaml", " -o json"))]) for at, commands in times])
            for shipped, times in states]


def run_version(jobsim, kubectl, minor, states, top):
    """Every state with one kubectl version, each against a fresh server of
    that version. Returns (log lines, failures)."""
    log, failures = [], 0
    cache = os.path.join(top, f"cache-1.{minor}")
    env = dict(os.environ, TZ="UTC")
    env.pop("KUBECONFIG", None)
    for shipped, times in states:
        folder = os.path.join(top, f"1.{minor}", shipped.removesuffix(".yaml"))
        os.makedirs(folder)
        try:
            server = Server(jobsim, derived_scenario(shipped, times, folder), minor, folder)
        except RuntimeError as error:
            log.append(f"FAIL 1.{minor} {shipped}: {error}")
            failures += 1
            continue
        try:
            headers, theirs = [], []
            for at, commands in times:
                at_ms = duration_ms(at)
                server.advance_to(at_ms)
                for command in commands:
                    headers.append(f"[t={format_seconds(at_ms)}] $ kubectl {command}")
                    result = subprocess.run(
                        [kubectl, "--kubeconfig", server.kubeconfig, "--cache-dir", cache, "--request-timeout=20s"]
                        + shlex.split(command), capture_output=True, text=True, env=env, timeout=60)
                    theirs.append(result.stdout + result.stderr)
            ours = our_outputs(server.output(), headers)
        except (RuntimeError, OSError, subprocess.SubprocessError) as error:
            log.append(f"FAIL 1.{minor} {shipped}: {error}")
            failures += 1
            continue
        finally:
            server.stop()
        for header, our_text, their_text in zip(headers, ours, theirs):
            command = header.split("$ kubectl ", 1)[1]
            where = f"1.{minor} {shipped} {header}"
            diff = compare(command, our_text, their_text)
            reason = known_reason(minor, shipped, command)
            if diff and reason:
                log.append(f"KNOWN {where}: {reason}\n{diff}")
            elif diff:
                log.append(f"FAIL {where}\n{diff}")
                failures += 1
            elif reason:
                log.append(f"FAIL {where}: equal now, remove its KNOWN entry ({reason})")
                failures += 1
            else:
                log.append(f"ok   {where}")
    return log, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("jobsim", help="the jobsim binary")
    parser.add_argument("minors", nargs="*", type=int, help="kubectl minor versions (default: 27 ... 33)")
    parser.add_argument("--only", help="only the states of this scenario file (41-failed-pods-1-33.yaml)")
    parser.add_argument("--keep", help="work in this new folder and keep it (servers' output, scenarios)")
    args = parser.parse_args()
    jobsim = os.path.abspath(args.jobsim)
    dispatcher = shutil.which("kubectl")
    folder = os.path.dirname(os.path.realpath(dispatcher)) if dispatcher else ""
    kubectls = {m: os.path.join(folder, f"kubectl.1.{m}") for m in args.minors or MINORS}
    kubectls = {m: path for m, path in kubectls.items() if folder and os.access(path, os.X_OK)}
    if not kubectls:
        print("SKIP: no kubectl.1.27 ... kubectl.1.33 beside the kubectl dispatcher")
        return 77
    states = [state for state in STATES if args.only in (None, state[0])]
    print(f"== kubectl versions: {' '.join(f'1.{m}' for m in kubectls)}")
    with tempfile.TemporaryDirectory(prefix="jobsim-difftest-") as temporary:
        top = args.keep or temporary
        os.makedirs(top, exist_ok=bool(args.keep is None))
        # kubectl mostly waits for the server; more workers than cores pays.
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futures = [pool.submit(run_version, jobsim, path, m, states_for(m, states, kubectls), top)
                       for m, path in kubectls.items()]
            results = [f.result() for f in futures]
    failures = 0
    for log, count in results:
        print("\n".join(log))
        failures += count
    compared = sum(len(log) for log, _ in results)
    print(f"{compared - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
