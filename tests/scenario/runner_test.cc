#include "sim/scenario/runner.h"

#include <catch2/catch.hpp>

#include "sim/scenario/parser.h"
#include "sim/scenario/transcript.h"
#include "tests/scenario/data_dir.h"

using namespace jobsim;
using namespace jobsim::scenario;

namespace {

using jobsim::scenario::test::kDataDir;

Report RunFile(const std::string& name, const RunOptions& options = {}) {
  Scenario s;
  api::Status parsed = LoadScenario(kDataDir + name, s);
  REQUIRE(parsed.message() == "");
  Report report;
  REQUIRE(RunScenario(s, options, report).ok());
  return report;
}

std::vector<const CheckResult*> Checks(const Report& report) {
  std::vector<const CheckResult*> out;
  for (const auto& e : report.entries) {
    if (const auto* c = std::get_if<CheckResult>(&e)) out.push_back(c);
  }
  return out;
}

std::vector<std::string> Failures(const Report& report) {
  std::vector<std::string> out;
  for (const CheckResult* c : Checks(report)) {
    if (!c->passed) out.push_back(c->subject + ": " + c->message);
  }
  return out;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

TEST_CASE("a job that completes passes a check of every kind") {
  const Report report = RunFile("completes.yaml");
  CHECK(Failures(report).empty());
  CHECK(report.passed() == 7);  // the wait and six expect checks
  CHECK(report.kubernetes_version == "1.33");
  const std::string text = RenderText(report);
  CHECK(StartsWith(text, "# scenario completes  kubernetes 1.33  seed 1\n[t=0s] apply job.yaml: job.batch/pi created\n"));
  CHECK(text.find("$ kubectl get pods\nNAME ") != std::string::npos);
  CHECK(text.substr(text.size() - 20) == "\n7 passed, 0 failed\n");
}

TEST_CASE("failing checks say what they wanted and what they got") {
  const Report report = RunFile("failing-checks.yaml");
  const std::vector<std::string> failures = Failures(report);
  REQUIRE(failures.size() == 7);
  CHECK(failures[0] == "job/work status.succeeded: want 2, got 1");
  CHECK(failures[1] == "pods -l job-name=work: want count 3, got 1");
  CHECK(failures[2] == "job/work condition Failed: want status \"True\", got no Failed condition");
  CHECK(failures[3] == "events job/work reason=SuccessfulCreate: want count at least 5, got 1");
  CHECK(StartsWith(failures[4], "time: want at most 1s, got "));
  CHECK(failures[5] == "kubectl get jobs: want output containing \"no-such-job\"");
  CHECK(failures[6] == "job/missing status.succeeded: want 1, got <absent> (job/missing not found)");
  CHECK(report.passed() == 2);  // the wait and `status.failed exists: false`
  // A failed kubectl check shows the output it searched.
  CHECK(Checks(report)[7]->detail.find("NAME") == 0);
  const std::string text = RenderText(report);
  CHECK(text.find("FAIL t=") != std::string::npos);
  CHECK(text.find("job/work status.succeeded: want 2, got 1\n") != std::string::npos);
}

TEST_CASE("expectError makes a rejection the check; unexpected rejections fail") {
  const Report report = RunFile("expect-error.yaml");
  const std::vector<const CheckResult*> checks = Checks(report);
  REQUIRE(checks.size() == 6);
  CHECK(checks[0]->passed);
  CHECK(checks[0]->message == "rejected as expected: 422 Invalid");
  CHECK_FALSE(checks[1]->passed);
  CHECK(checks[1]->message ==
        "The Job \"always\" is invalid: spec.template.spec.restartPolicy: Required value: valid values: \"OnFailure\", "
        "\"Never\"");
  CHECK_FALSE(checks[2]->passed);
  CHECK(checks[2]->message == "want an error (code 409), got success");
  CHECK(checks[3]->passed);
  CHECK(checks[4]->passed);  // extensions/v1beta1 is not served by 1.33
  CHECK_FALSE(checks[5]->passed);
  CHECK(checks[5]->message == "Error from server (NotFound): jobs.batch \"nope\" not found");
  const std::string text = RenderText(report);
  CHECK(text.find("[t=0s] create worker-job.yaml: Error from server (AlreadyExists): error when creating "
                  "\"worker-job.yaml\": jobs.batch \"work\" already exists\n") != std::string::npos);
  CHECK(text.find("[t=0s] apply job/old: error: unable to recognize \"STDIN\": no matches for kind \"Job\" in "
                  "version \"extensions/v1beta1\"\n") != std::string::npos);
}

TEST_CASE("the 1.3 profile serves extensions/v1beta1 Jobs and prints 1.3-era messages") {
  RunOptions options;
  options.kubernetes_version = "1.3";
  const Report report = RunFile("expect-error.yaml", options);
  const std::vector<const CheckResult*> checks = Checks(report);
  REQUIRE(checks.size() == 6);
  CHECK_FALSE(checks[4]->passed);
  CHECK(checks[4]->message == "want an error (code 404, containing \"no matches for kind\"), got success");
  const std::string text = RenderText(report);
  CHECK(text.find("[t=0s] create worker-job.yaml: job \"work\" created\n") != std::string::npos);
  CHECK(text.find("[t=0s] apply job/old: job \"old\" created\n") != std::string::npos);
  CHECK(text.find("Error from server: jobs.batch \"nope\" not found") != std::string::npos);
}

TEST_CASE("a wait that times out is a failed check and the run goes on from its end") {
  const Report report = RunFile("wait-timeout.yaml");
  const std::vector<const CheckResult*> checks = Checks(report);
  REQUIRE(checks.size() == 4);
  CHECK_FALSE(checks[0]->passed);
  CHECK(checks[0]->t_ms == 10000);
  CHECK(checks[0]->subject == "job/work");
  CHECK(checks[0]->message ==
        "condition Complete not met within 10s (want status \"True\", got no Complete condition)");
  CHECK(checks[1]->passed);  // time: 10s, right after the wait
  CHECK(checks[2]->passed);
  CHECK(checks[2]->message == "status.active is 1 met after 0s");
  CHECK_FALSE(checks[3]->passed);
  CHECK(checks[3]->message == "deletion not met within 2s");
  CHECK(checks[3]->t_ms == 12000);
  CHECK(report.end_ms == 13000);  // until: 1 s after the last step
}

TEST_CASE("mutating steps print what kubectl prints") {
  const Report report = RunFile("mutations.yaml");
  CHECK(Failures(report).empty());
  const std::string text = RenderText(report);
  const std::string want =
      "# scenario mutations  kubernetes 1.33  seed 1\n"
      "[t=0s] apply worker-job.yaml: job.batch/work created\n"
      "[t=0s] apply worker-job.yaml: job.batch/work unchanged\n"
      "[t=0s] patch job/work: job.batch/work patched\n"
      "[t=0s] patch job/work: job.batch/work patched (no change)\n"
      "[t=5s] delete job/work: Warning: child pods are preserved by default when jobs are deleted; set "
      "propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning\n"
      "[t=5s] delete job/work: job.batch \"work\" deleted\n";
  CHECK(text.substr(0, want.size()) == want);
  CHECK(text.find("[t=5s] delete pods -l job-name=none: No resources found\n") != std::string::npos);
}

TEST_CASE("command-line overrides win over the file") {
  RunOptions options;
  options.seed = 42;
  options.until_ms = 60000;
  const Report report = RunFile("completes.yaml", options);
  CHECK(report.seed == 42);
  CHECK(report.end_ms == 60000);
  CHECK(HeaderLine(report) == "# scenario completes  kubernetes 1.33  seed 42");

  Scenario s;
  REQUIRE(LoadScenario(kDataDir + "completes.yaml", s).ok());
  RunOptions bad;
  bad.kubernetes_version = "2.0";
  Report unused;
  CHECK(RunScenario(s, bad, unused).message() ==
        "--kubernetes-version: unsupported kubernetesVersion \"2.0\": supported are 1.3 to 1.33");
}

TEST_CASE("the --feature-gates flag goes over spec.featureGates, errors name where the setting was written") {
  Scenario s;
  REQUIRE(ParseScenario("apiVersion: jobsim/v1\nkind: Scenario\nmetadata: {name: gates}\nspec:\n"
                        "  kubernetesVersion: \"1.31\"\n  featureGates:\n    JobManagedBy: true\n",
                        "gates.yaml", s)
              .ok());
  Report report;
  REQUIRE(RunScenario(s, {}, report).ok());
  CHECK(HeaderLine(report) == "# scenario gates  kubernetes 1.31  seed 1  feature-gates JobManagedBy=true");
  RunOptions flag;
  flag.feature_gates = "JobManagedBy=false,JobPodReplacementPolicy=false";
  REQUIRE(RunScenario(s, flag, report).ok());
  CHECK(HeaderLine(report) ==
        "# scenario gates  kubernetes 1.31  seed 1  feature-gates JobManagedBy=false,JobPodReplacementPolicy=false");

  RunOptions older;
  older.kubernetes_version = "1.29";  // no JobManagedBy yet: the file's setting is now the error
  CHECK(RunScenario(s, older, report).message() == "gates.yaml:7: spec.featureGates: unrecognized feature gate: JobManagedBy");
  RunOptions bad;
  bad.feature_gates = "JobManagedBy";
  CHECK(RunScenario(s, bad, report).message() == "--feature-gates: missing bool value for JobManagedBy");
  bad.feature_gates = "Nope=true";
  CHECK(RunScenario(s, bad, report).message() == "--feature-gates: unrecognized feature gate: Nope");
}

TEST_CASE("the same scenario, seed and version give identical bytes") {
  for (const char* version : {"1.3", "1.33"}) {
    DYNAMIC_SECTION("kubernetes " << version) {
      RunOptions options;
      options.kubernetes_version = version;
      const Report a = RunFile("completes.yaml", options);
      const Report b = RunFile("completes.yaml", options);
      CHECK(RenderText(a) == RenderText(b));
      CHECK(RenderJson(a) == RenderJson(b));
      CHECK(RenderJunit(a) == RenderJunit(b));
    }
  }
  RunOptions other_seed;
  other_seed.seed = 2;
  // Beyond the header, a different seed changes the generated pod names.
  auto body = [](const std::string& text) { return text.substr(text.find('\n')); };
  CHECK(body(RenderText(RunFile("completes.yaml"))) != body(RenderText(RunFile("completes.yaml", other_seed))));
}
