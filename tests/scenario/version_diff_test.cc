#include "sim/scenario/version_diff.h"

#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "sim/scenario/diff_render.h"
#include "sim/scenario/parser.h"
#include "sim/scenario/time_text.h"
#include "tests/scenario/data_dir.h"

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

using jobsim::scenario::test::kDataDir;

struct CommandResult {
  int code;
  std::string out;
  std::string err;
};

CommandResult Diff(const std::string& a, const std::string& b, const std::string& file,
                   const std::string& format = "text") {
  DiffCommand command;
  command.version_a = a;
  command.version_b = b;
  command.file = kDataDir + file;
  command.format = format;
  std::ostringstream out, err;
  const int code = RunDiffCommand(command, out, err);
  return {code, out.str(), err.str()};
}

TimelineEntry E(ElapsedMs t_ms, const std::string& subject, const std::string& what, const std::string& reason = "") {
  return TimelineEntry{t_ms, "Job", subject, what, reason};
}

VersionDiff SampleDiff() {
  VersionDiff d;
  d.scenario = "sample";
  d.file = "s.yaml";
  d.a.version = "1.3";
  d.b.version = "1.33";
  d.a.end_ms = d.b.end_ms = 20000;
  const Timeline shared = {E(0, "job/pi", "created"), E(0, "pod/pi-#1", "created"),
                           E(0, "job/pi", "event SuccessfulCreate: Created pod: pi-#1", "SuccessfulCreate"),
                           E(0, "job/pi", "status.active=1")};
  d.a.entries = d.b.entries = shared;
  d.a.entries.push_back(E(1450, "job/pi", "status.failed=1"));
  d.b.entries.push_back(E(2500, "job/pi", "status.failed=1"));
  d.b.entries.push_back(E(2500, "job/pi", "condition Failed=True BackoffLimitExceeded: Job has reached the "
                                          "specified backoff limit"));
  d.a.jobs["job/pi"] = JobOutcome{"active=1 succeeded=0 failed=1", 1};
  d.b.jobs["job/pi"] = JobOutcome{"active=0 succeeded=0 failed=1; Failed (BackoffLimitExceeded)", 1};
  d.a.checks_passed = 2;
  d.b.checks_failed = 2;
  d.reasons_only_b = {"BackOff"};
  d.diff = DiffTimelines(d.a.entries, d.b.entries);
  return d;
}

}  // namespace

TEST_CASE("the text rendering: columns, wrapping, identical rows counted away, summary") {
  CHECK(RenderDiffText(SampleDiff(), DiffLayout{60, 1}) ==
        "jobsim diff: scenario sample (s.yaml), seed 1\n"
        "A: Kubernetes 1.3, run to t=20s\n"
        "B: Kubernetes 1.33, run to t=20s\n"
        "Compared: Jobs, Pods and Events, but not the Events about\n"
        "  Pods (--detail all).\n"
        "\"=\": both versions have the entry at t. \"|\": what each\n"
        "  version has at t that the other has not then; \"(B at\n"
        "  11.5s)\": the other version has that entry at another time.\n"
        "\n"
        "    t | A (1.3)                  | B (1.33)\n"
        "------+--------------------------+--------------------------\n"
        "      = ... 3 identical entries, t=0s\n"
        "   0s = job/pi status.active=1\n"
        "1.45s | job/pi status.failed=1   |\n"
        "      |   (B at 2.5s)            |\n"
        " 2.5s |                          | job/pi status.failed=1\n"
        "      |                          |   (A at 1.45s)\n"
        " 2.5s |                          | job/pi condition\n"
        "      |                          |   Failed=True\n"
        "      |                          |   BackoffLimitExceeded:\n"
        "      |                          |   Job has reached the\n"
        "      |                          |   specified backoff\n"
        "      |                          |   limit\n"
        "\n"
        "Summary\n"
        "  First divergence at t=1.45s:\n"
        "    A: job/pi status.failed=1 (B at 2.5s)\n"
        "    B: -\n"
        "  Entries: A 5, B 6; 4 the same, 1 at other times, 0 only in\n"
        "    A, 1 only in B.\n"
        "  job/pi, pods created: A 1, B 1\n"
        "    A (1.3): active=1 succeeded=0 failed=1\n"
        "    B (1.33): active=0 succeeded=0 failed=1; Failed\n"
        "      (BackoffLimitExceeded)\n"
        "  Event reasons only in A (1.3): none\n"
        "  Event reasons only in B (1.33): BackOff\n"
        "  Scenario checks: A 2 passed, 0 failed; B 0 passed, 2\n"
        "    failed.\n");
}

TEST_CASE("the same version twice: no divergence, exit 0, the same bytes on every run") {
  const CommandResult first = Diff("1.33", "1.33", "completes.yaml");
  CHECK(first.code == 0);
  CHECK(first.err.empty());
  CHECK(first.out.find("No divergence: both timelines have the same 13 entries at the same times.") !=
        std::string::npos);
  CHECK(Diff("1.33", "v1.33.2", "completes.yaml").out == first.out);
}

TEST_CASE("two versions that diverge: exit 1 and the first divergence") {
  const CommandResult r = Diff("1.32", "1.33", "completes.yaml");
  CHECK(r.code == 1);
  CHECK(r.out.find("A: Kubernetes 1.32, run to t=3.5s\nB: Kubernetes 1.33, run to t=3.5s\n") != std::string::npos);
  CHECK(r.out.find("  First divergence at t=2.5s:\n    A: job/pi condition SuccessCriteriaMet=True\n") !=
        std::string::npos);
  CHECK(Diff("1.32", "1.33", "completes.yaml").out == r.out);
}

TEST_CASE("the JSON rendering has every row") {
  const CommandResult r = Diff("1.3", "1.33", "completes.yaml", "json");
  CHECK(r.code == 1);
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  CHECK(doc["a"]["kubernetesVersion"] == "1.3");
  CHECK(doc["b"]["kubernetesVersion"] == "1.33");
  CHECK(doc["detail"] == "pods");
  CHECK(doc["identical"] == false);
  CHECK(doc["firstDivergence"]["tMs"] == 0);
  CHECK(doc["firstDivergence"]["b"]["what"] == "status.ready=0");
  CHECK(doc["rows"][0] == nlohmann::json::parse(R"({"tMs": 0, "same": true,
                                                    "entry": {"subject": "job/pi", "what": "created"}})"));
  size_t entries_a = 0, entries_b = 0;
  for (const auto& row : doc["rows"]) {
    entries_a += row["same"] ? 1 : !row["a"].is_null();
    entries_b += row["same"] ? 1 : !row["b"].is_null();
  }
  CHECK(entries_a == doc["a"]["entries"]);
  CHECK(entries_b == doc["b"]["entries"]);
}

TEST_CASE("bad input: exit 2 with the message `jobsim run` gives") {
  const CommandResult bad_file = Diff("1.3", "1.33", "bad-type.yaml");
  CHECK(bad_file.code == 2);
  CHECK(bad_file.out.empty());
  CHECK(bad_file.err == kDataDir + "bad-type.yaml:1: apiVersion: want jobsim/v1\n");
  CHECK(Diff("1.3", "1.33", "no-such-file.yaml").code == 2);
  const CommandResult bad_version = Diff("1.3", "1.99", "completes.yaml");
  CHECK(bad_version.code == 2);
  CHECK(bad_version.err ==
        "jobsim diff: version B: unsupported kubernetesVersion \"1.99\": supported are 1.3 to 1.33\n");
  CHECK(Diff("2.0", "1.33", "completes.yaml").err.rfind("jobsim diff: version A: ", 0) == 0);

  DiffCommand command;
  command.version_a = "1.3";
  command.version_b = "1.33";
  command.file = kDataDir + "completes.yaml";
  command.until = "soon";
  std::ostringstream out, err;
  CHECK(RunDiffCommand(command, out, err) == 2);
  CHECK(err.str() == "jobsim: --until: bad duration \"soon\"\n");
}

TEST_CASE("a run's timeline, recorded from the API") {
  Scenario scenario;
  REQUIRE(LoadScenario(kDataDir + "completes.yaml", scenario).ok());
  VersionDiff d;
  REQUIRE(DiffVersions(scenario, "1.3", "1.33", RunOptions{}, Detail::kAll, d).ok());
  std::vector<std::string> b;
  for (const TimelineEntry& e : d.b.entries) b.push_back(FormatSeconds(e.t_ms) + " " + e.subject + " " + e.what);
  CHECK(b == std::vector<std::string>{
                 "0s job/pi created",
                 "0s pod/pi-#1 created",
                 "0s job/pi event SuccessfulCreate: Created pod: pi-#1",
                 "0s job/pi status.active=1",
                 "0s job/pi status.ready=0",
                 "0s job/pi status.terminating=0",
                 "0s pod/pi-#1 event Scheduled: Successfully assigned default/pi-#1 to node-1",
                 "0s pod/pi-#1 event Pulling: Pulling image \"perl\"",
                 "1s pod/pi-#1 event Pulled: Successfully pulled image \"perl\" in 1s (1s including waiting). "
                 "Image size: 890515456 bytes.",
                 "1s pod/pi-#1 event Created: Created container: pi",
                 "1.5s pod/pi-#1 event Started: Started container pi",
                 "1.5s pod/pi-#1 phase Running",
                 "2.5s pod/pi-#1 phase Succeeded",
                 "2.5s job/pi status.active=0",
                 "2.5s job/pi condition SuccessCriteriaMet=True CompletionsReached: Reached expected number of "
                 "succeeded pods",
                 "2.5s job/pi status.succeeded=1",
                 "2.5s job/pi condition Complete=True CompletionsReached: Reached expected number of succeeded pods",
                 "2.5s job/pi event Completed: Job completed",
             });
  CHECK(d.b.jobs.at("job/pi").pods_created == 1);
  CHECK(d.b.jobs.at("job/pi").status ==
        "active=0 ready=0 succeeded=1 failed=0 terminating=0; SuccessCriteriaMet (CompletionsReached), Complete "
        "(CompletionsReached)");
  // 1.3 set no ownerReferences: the pod is the Job's by its selector.
  CHECK(d.a.jobs.at("job/pi").pods_created == 1);
  CHECK(d.a.checks_passed == 7);
}
