#include "sim/scenario/transcript.h"

#include <catch2/catch.hpp>

#include "sim/scenario/time_text.h"

using namespace jobsim::scenario;

namespace {

Report SampleReport() {
  Report r;
  r.scenario = "41-failed-pods";
  r.file = "s.yaml";
  r.kubernetes_version = "1.3";
  r.seed = 1;
  r.end_ms = 61000;
  r.entries.push_back(StepOutput{0, {"s.yaml", 9}, "create", "create job.yaml", "job \"pi\" created\n"});
  r.entries.push_back(StepOutput{60000, {"s.yaml", 11}, "kubectl", "kubectl get jobs", "NAME   DESIRED\npi     1\n"});
  r.entries.push_back(CheckResult{60000, {"s.yaml", 14}, "job/pi status.failed", true, "want 41, got 41", ""});
  r.entries.push_back(CheckResult{60500, {"s.yaml", 15}, "kubectl describe job/pi", false,
                                  "want output containing \"42 Failed\"", "Name:\tpi\n<none>\n"});
  r.entries.push_back(StepOutput{60500, {"s.yaml", 17}, "fault", "fault restart controller", ""});
  return r;
}

}  // namespace

TEST_CASE("virtual times print as seconds, with a fraction only when needed") {
  CHECK(FormatSeconds(0) == "0s");
  CHECK(FormatSeconds(60000) == "60s");
  CHECK(FormatSeconds(630500) == "630.5s");
  CHECK(FormatSeconds(1) == "0.001s");
  CHECK(FormatSeconds(2250) == "2.25s");
  CHECK(FormatSeconds(-1500) == "-1.5s");
}

TEST_CASE("the text transcript") {
  CHECK(RenderText(SampleReport()) ==
        "# scenario 41-failed-pods  kubernetes 1.3  seed 1\n"
        "[t=0s] create job.yaml: job \"pi\" created\n"
        "[t=60s] $ kubectl get jobs\n"
        "NAME   DESIRED\n"
        "pi     1\n"
        "FAIL t=60.5s kubectl describe job/pi: want output containing \"42 Failed\"\n"
        "    Name:\tpi\n"
        "    <none>\n"
        "[t=60.5s] fault restart controller\n"
        "1 passed, 1 failed\n");
}

TEST_CASE("the JSON report holds every step output and every check") {
  CHECK(RenderJson(SampleReport()) == R"({
  "scenario": "41-failed-pods",
  "file": "s.yaml",
  "kubernetesVersion": "1.3",
  "seed": 1,
  "steps": [
    {
      "t": "0s",
      "tMs": 0,
      "line": 9,
      "verb": "create",
      "title": "create job.yaml",
      "output": "job \"pi\" created\n"
    },
    {
      "t": "60s",
      "tMs": 60000,
      "line": 11,
      "verb": "kubectl",
      "title": "kubectl get jobs",
      "output": "NAME   DESIRED\npi     1\n"
    },
    {
      "t": "60.5s",
      "tMs": 60500,
      "line": 17,
      "verb": "fault",
      "title": "fault restart controller",
      "output": ""
    }
  ],
  "checks": [
    {
      "t": "60s",
      "tMs": 60000,
      "file": "s.yaml",
      "line": 14,
      "subject": "job/pi status.failed",
      "passed": true,
      "message": "want 41, got 41"
    },
    {
      "t": "60.5s",
      "tMs": 60500,
      "file": "s.yaml",
      "line": 15,
      "subject": "kubectl describe job/pi",
      "passed": false,
      "message": "want output containing \"42 Failed\"",
      "detail": "Name:\tpi\n<none>\n"
    }
  ],
  "passed": 1,
  "failed": 1,
  "end": "61s"
}
)");
}

TEST_CASE("JUnit XML has one test case per check, escaped") {
  CHECK(RenderJunit(SampleReport()) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites tests=\"2\" failures=\"1\">\n"
        "  <testsuite name=\"41-failed-pods\" tests=\"2\" failures=\"1\">\n"
        "    <testcase classname=\"41-failed-pods\" name=\"t=60s job/pi status.failed (s.yaml:14)\"/>\n"
        "    <testcase classname=\"41-failed-pods\" name=\"t=60.5s kubectl describe job/pi (s.yaml:15)\">\n"
        "      <failure message=\"want output containing &quot;42 Failed&quot;\">Name:\tpi\n&lt;none&gt;\n</failure>\n"
        "    </testcase>\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("an empty report still has its header and counts") {
  Report r;
  r.scenario = "empty";
  r.kubernetes_version = "1.33";
  CHECK(RenderText(r) == "# scenario empty  kubernetes 1.33  seed 1\n0 passed, 0 failed\n");
}
