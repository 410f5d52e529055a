// successPolicy: the pure matcher row by row (upstream
// pkg/controller/job/success_policy_test.go TestMatchSuccessPolicy) and one
// sync of such a Job (job_controller_test.go TestSyncJobWithJobSuccessPolicy).
// Row names are upstream's.
#include "controller/success_policy.h"

#include <climits>

#include <catch2/catch.hpp>

#include "tests/controller/sync_harness.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

// Upstream's rows give succeeded intervals as orderedIntervals, some running
// past completions; parsed here without a bound.
IndexIntervals Done(const std::string& text) { return IndexIntervals::Parse(text, INT32_MAX); }

struct MatchRow {
  std::string name;
  const char* policy;  // JSON; nullptr: no successPolicy
  std::string succeeded;
  std::optional<std::string> want;  // the message when met
};

}  // namespace

TEST_CASE("TestMatchSuccessPolicy: the first rule the succeeded indexes meet") {
  const char* kMatched = "Matched rules at index 0";
  // Not applicable here: "JobSuccessPolicy is disabled" (no controller gate;
  // the API server drops the field where the feature is off).
  const std::vector<MatchRow> rows = {
      {"successPolicy is null", nullptr, "0", std::nullopt},
      {"any rules are nothing", R"({"rules": []})", "0", std::nullopt},
      {"rules.succeededIndexes is invalid format", R"({"rules": [{"succeededIndexes": "invalid-form"}]})", "0",
       std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes matched rules",
       R"({"rules": [{"succeededIndexes": "0-2"}]})", "0-2,4-7", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules",
       R"({"rules": [{"succeededIndexes": "3"}]})", "0-2", std::nullopt},
      {"rules.succeededCount is specified; succeededIndexes matched rules", R"({"rules": [{"succeededCount": 2}]})",
       "0-2", kMatched},
      {"rules.succeededCount is specified; succeededIndexes didn't match rules",
       R"({"rules": [{"succeededCount": 4}]})", "0-2", std::nullopt},
      {"multiple rules; rules.succeededIndexes is specified; succeededIndexes met one of rules",
       R"({"rules": [{"succeededIndexes": "9"}, {"succeededIndexes": "4,6"}]})", "0-2,4-7",
       "Matched rules at index 1"},
      {"multiple rules; rules.succeededIndexes is specified; succeededIndexes met all rules",
       R"({"rules": [{"succeededIndexes": "0,1"}, {"succeededIndexes": "5"}]})", "0-2,4-7", kMatched},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes met all rules",
       R"({"rules": [{"succeededIndexes": "3-6", "succeededCount": 2}]})", "0-2,4-7", kMatched},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes didn't match rules",
       R"({"rules": [{"succeededIndexes": "3-6", "succeededCount": 2}]})", "0-2,6-7", std::nullopt},
      // Upstream runs this row with the gate off; with nothing succeeded it is
      // not met either way.
      {"rules.succeededIndexes is specified; succeededIndexes are nothing", R"({"rules": [{"succeededCount": 4}]})",
       "", std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes matched rules; rules is proper subset of "
       "succeededIndexes",
       R"({"rules": [{"succeededIndexes": "2-4,6-8"}]})", "1-5,6-9", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes matched rules; rules equals succeededIndexes",
       R"({"rules": [{"succeededIndexes": "2-4,6-9"}]})", "2-4,6-9", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes matched rules; rules is subset of succeededIndexes",
       R"({"rules": [{"succeededIndexes": "2-4,8-12"}]})", "2-5,7-15", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules is an empty set",
       R"({"rules": [{"succeededIndexes": ""}]})", "1-3", std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; succeededIndexes is an empty set",
       R"({"rules": [{"succeededIndexes": ""}]})", "", std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules and succeededIndexes are "
       "empty set",
       R"({"rules": [{"succeededIndexes": ""}]})", "", std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; all elements of "
       "rules.succeededIndexes aren't included in succeededIndexes",
       R"({"rules": [{"succeededIndexes": "10-12,14-16"}]})", "1-3,5-7", std::nullopt},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes "
       "at first",
       R"({"rules": [{"succeededIndexes": "1-3,5-7"}]})", "2-4,6-8", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules "
       "overlaps succeededIndexes at first",
       R"({"rules": [{"succeededIndexes": "1-3,5-7", "succeededCount": 4}]})", "2-4,6-8", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes "
       "at last",
       R"({"rules": [{"succeededIndexes": "2-4,6-9"}]})", "1-3,5-7", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules "
       "overlaps succeededIndexes at last",
       R"({"rules": [{"succeededIndexes": "2-4,6-9", "succeededCount": 4}]})", "1-3,5-7", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules completely overlaps "
       "succeededIndexes",
       R"({"rules": [{"succeededIndexes": "0-4,6-9"}]})", "1-3,7-8", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules "
       "completely overlaps succeededIndexes",
       R"({"rules": [{"succeededIndexes": "0-4,6-9", "succeededCount": 5}]})", "1-3,7-8", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps multiple "
       "succeededIndexes at last",
       R"({"rules": [{"succeededIndexes": "0-6,8-9"}]})", "1-3,5-9", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules "
       "overlaps multiple succeededIndexes at last",
       R"({"rules": [{"succeededIndexes": "0-6,8-9", "succeededCount": 7}]})", "1-3,5-9", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; rules overlaps succeededIndexes "
       "at first, and rules equals succeededIndexes at last",
       R"({"rules": [{"succeededIndexes": "0-5,7-9"}]})", "1-5,7-10", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; rules "
       "overlaps succeededIndexes at first, and rules equals succeededIndexes at last",
       R"({"rules": [{"succeededIndexes": "0-5,7-9", "succeededCount": 8}]})", "1-5,7-10", kMatched},
      {"rules.succeededIndexes is specified; succeededIndexes didn't match rules; the first rules overlaps "
       "succeededIndexes at first",
       R"({"rules": [{"succeededIndexes": "0-3,6-9"}]})", "1-10", std::nullopt},
      {"rules.succeededIndexes and rules.succeededCount are specified; succeededIndexes matched rules; the first "
       "rules overlaps succeededIndexes at first",
       R"({"rules": [{"succeededIndexes": "0-3,6-9", "succeededCount": 7}]})", "1-10", kMatched},
  };
  for (const MatchRow& r : rows) {
    DYNAMIC_SECTION(r.name) {
      const std::optional<SuccessPolicy> policy =
          ParseSuccessPolicy(r.policy ? api::Json::parse(r.policy) : api::Json(nullptr));
      CHECK(MatchSuccessPolicy(policy ? &*policy : nullptr, 10, Done(r.succeeded)) == r.want);
    }
  }
}

TEST_CASE("successPolicy JSON is typed leniently") {
  CHECK_FALSE(ParseSuccessPolicy(api::Json(nullptr)));
  const auto policy =
      ParseSuccessPolicy(api::Json::parse(R"({"rules": [{"succeededIndexes": "0-2", "succeededCount": 2}, {}]})"));
  REQUIRE(policy);
  REQUIRE(policy->rules.size() == 2);
  CHECK(policy->rules[0].succeeded_indexes == "0-2");
  CHECK(policy->rules[0].succeeded_count == 2);
  CHECK_FALSE(policy->rules[1].succeeded_indexes);
  CHECK_FALSE(policy->rules[1].succeeded_count);
}

namespace {

constexpr const char* kDisruptionFailJob =
    R"({"rules": [{"action": "FailJob", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]})";
constexpr const char* kRule01Count1 = R"({"rules": [{"succeededIndexes": "0,1", "succeededCount": 1}]})";
constexpr const char* kDisruptionMessage =
    "Pod default/mypod-0 has condition DisruptionTarget matching FailJob rule at index 0";
constexpr const char* kSuccessPolicyMessage = "Matched rules at index 0";

// upstream's buildPod().index(i).phase(p)[.indexFailureCount(n)][DisruptionTarget]
api::Pod P(const std::string& index, const std::string& phase, const std::string& failure_count = "",
           bool disruption = false) {
  api::Pod pod;
  pod.status.phase = phase;
  pod.metadata.annotations.Mut()["batch.kubernetes.io/job-completion-index"] = index;
  if (!failure_count.empty()) {
    pod.metadata.annotations.Mut()["batch.kubernetes.io/job-index-failure-count"] = failure_count;
  }
  if (phase == "Failed" || phase == "Succeeded") {
    api::ContainerStatus s;
    s.state.emplace<api::ContainerStateTerminated>().exit_code = phase == "Failed" ? 1 : 0;
    s.state.terminated()->finished_at = kLongAgo;
    pod.status.container_statuses.push_back(s);
  }
  if (disruption) {
    api::Condition c;
    c.type = "DisruptionTarget";
    c.status = "True";
    pod.status.conditions = std::vector<api::Condition>{c};
  }
  return pod;
}

JobSetup SpJob(int32_t n, int32_t backoff_limit, const char* success_policy, const char* pod_failure_policy = "") {
  JobSetup job{.parallelism = n, .completions = n, .backoff_limit = backoff_limit, .completion_mode = "Indexed"};
  if (success_policy) job.success_policy = api::Json::parse(success_policy);
  if (*pod_failure_policy) job.pod_failure_policy = api::Json::parse(pod_failure_policy);
  return job;
}

JobSetup WithBlpi(JobSetup job, int32_t limit) {
  job.backoff_limit_per_index = limit;
  return job;
}

JobSetup WithStatus(JobSetup job, InitialStatus status) {
  job.initial = std::move(status);
  job.initial.set = true;
  return job;
}

Cond Scm() { return {"SuccessCriteriaMet", "True", "SuccessPolicy", kSuccessPolicyMessage}; }
Cond CompleteBySp() { return {"Complete", "True", "SuccessPolicy", kSuccessPolicyMessage}; }

}  // namespace

TEST_CASE("TestSyncJobWithJobSuccessPolicy: one sync of an Indexed Job with a successPolicy") {
  const Gates sp_prp{.pod_replacement_policy = true, .success_policy = true};
  const Gates sp{.success_policy = true};
  const Gates sp_mb{.managed_by = true, .success_policy = true};
  const Gates off{};
  const std::vector<api::Pod> some_fail = {P("0", "Failed"), P("0", "Running"), P("1", "Succeeded"),
                                           P("2", "Running")};
  const std::vector<api::Pod> no_disruption = {P("0", "Failed"), P("0", "Running"), P("1", "Succeeded")};
  const std::vector<api::Pod> still_running = {P("0", "Failed"), P("1", "Running"), P("1", "Succeeded"),
                                               P("2", "Running")};
  const InitialStatus scm_met{.succeeded = 1, .completed_indexes = "1", .conditions = {Scm()}};
  // Rows whose Job has backoffLimitPerIndex while upstream runs them with
  // that gate off are given without the field, as the API server stores such
  // a Job (this controller has no gate of its own for it).
  const std::vector<Row> rows = {
      {.name = "job with successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet "
               "condition if job meets to successPolicy and some indexes fail",
       .gates = sp_prp, .job = SpJob(3, INT32_MAX, kRule01Count1), .pods = {.given = some_fail},
       .want = {.deletions = 2, .succeeded = 1, .failed = 1, .terminating = 2, .conditions = {Scm()},
                .patches = 4, .completed_indexes = "1"}},
      {.name = "job with successPolicy; jobPodReplacementPolicy feature disabled; job has SuccessCriteriaMet "
               "condition if job meets to successPolicy and some indexes fail",
       .gates = sp, .job = SpJob(3, INT32_MAX, kRule01Count1), .pods = {.given = some_fail},
       .want = {.deletions = 2, .succeeded = 1, .failed = 1, .conditions = {Scm(), CompleteBySp()}, .patches = 4,
                .completed_indexes = "1"}},
      {.name = "job with podFailurePolicy and successPolicy; jobPodReplacementPolicy feature enabled; job has "
               "SuccessCriteriaMet condition if job meets to successPolicy and doesn't meet to podFailurePolicy",
       .gates = sp_prp, .job = SpJob(2, INT32_MAX, kRule01Count1, kDisruptionFailJob),
       .pods = {.given = no_disruption},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .terminating = 1, .conditions = {Scm()},
                .patches = 3, .completed_indexes = "1"}},
      {.name = "job with podFailurePolicy and successPolicy; jobPodReplacementPolicy feature disabled; job has "
               "SuccessCriteriaMet condition if job meets to successPolicy and doesn't meet to podFailurePolicy",
       .gates = sp, .job = SpJob(2, INT32_MAX, kRule01Count1, kDisruptionFailJob), .pods = {.given = no_disruption},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .conditions = {Scm(), CompleteBySp()}, .patches = 3,
                .completed_indexes = "1"}},
      {.name = "job with backoffLimitPerIndex and successPolicy; jobPodReplacementPolicy feature enabled; job has "
               "SuccessCriteriaMet condition if job meets to successPolicy and doesn't meet backoffLimitPerIndex",
       .gates = sp_prp, .job = WithBlpi(SpJob(2, INT32_MAX, kRule01Count1), 2), .pods = {.given = no_disruption},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .terminating = 1, .conditions = {Scm()},
                .patches = 3, .completed_indexes = "1", .failed_indexes = ""}},
      {.name = "job with successPolicy; jobPodReplacementPolicy feature enabled; job has both Complete and "
               "SuccessCriteriaMet condition when job meets to successPolicy and all pods have been already removed",
       .gates = sp_prp, .job = WithStatus(SpJob(2, INT32_MAX, kRule01Count1), {.conditions = {Scm()}}),
       .pods = {.given = {P("0", "Failed"), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0, .conditions = {Scm(), CompleteBySp()},
                .patches = 2, .completed_indexes = "1"}},
      {.name = "job with successPolicy; jobPodReplacementPolicy feature enabled; job has SuccessCriteriaMet "
               "condition when job meets to successPolicy and some pods still are running",
       .gates = sp_prp, .job = WithStatus(SpJob(3, INT32_MAX, kRule01Count1), {.conditions = {Scm()}}),
       .pods = {.given = still_running},
       .want = {.deletions = 2, .succeeded = 1, .failed = 1, .terminating = 2, .conditions = {Scm()},
                .patches = 4, .completed_indexes = "1"}},
      {.name = "job with successPolicy; JobManagedBy feature enabled; job has SuccessCriteriaMet condition when "
               "job meets to successPolicy and some pods still are running",
       .gates = sp_mb, .job = WithStatus(SpJob(3, INT32_MAX, kRule01Count1), {.conditions = {Scm()}}),
       .pods = {.given = still_running},
       .want = {.deletions = 2, .succeeded = 1, .failed = 1, .conditions = {Scm()}, .patches = 4,
                .completed_indexes = "1"}},
      {.name = "job with successPolicy and podFailurePolicy; jobPodReplacementPolicy feature enabled; job has a "
               "failed condition when job meets to both successPolicy and podFailurePolicy",
       .gates = sp_prp, .job = SpJob(2, INT32_MAX, kRule01Count1, kDisruptionFailJob),
       .pods = {.given = {P("0", "Failed", "", true), P("0", "Running"), P("1", "Succeeded")}},
       .want = {.deletions = 1, .succeeded = 1, .failed = 2, .terminating = 1,
                .conditions = {{"FailureTarget", "True", "PodFailurePolicy", kDisruptionMessage}}, .patches = 3,
                .completed_indexes = "1"}},
      {.name = "job with successPolicy and backoffLimitPerIndex; jobPodReplacementPolicy feature enabled; job has "
               "a failed condition when job meets to both successPolicy and backoffLimitPerIndex",
       .gates = sp_prp, .job = WithBlpi(SpJob(2, INT32_MAX, kRule01Count1), 1),
       .pods = {.given = {P("0", "Failed", "1"), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0,
                .conditions = {{"FailureTarget", "True", "FailedIndexes", "Job has failed indexes"},
                               {"Failed", "True", "FailedIndexes", "Job has failed indexes"}},
                .patches = 2, .completed_indexes = "1", .failed_indexes = "0"}},
      {.name = "job with successPolicy and backoffLimit; jobPodReplacementPolicy feature enabled; job has a failed "
               "condition when job meets to both successPolicy and backoffLimit",
       .gates = sp_prp, .job = SpJob(2, 1, kRule01Count1),
       .pods = {.given = {P("0", "Failed"), P("0", "Failed"), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 2, .terminating = 0,
                .conditions = {{"FailureTarget", "True", "BackoffLimitExceeded",
                                "Job has reached the specified backoff limit"},
                               {"Failed", "True", "BackoffLimitExceeded",
                                "Job has reached the specified backoff limit"}},
                .patches = 3, .completed_indexes = "1"}},
      {.name = "job with successPolicy and podFailurePolicy; jobPodReplacementPolicy feature enabled; job with "
               "SuccessCriteriaMet has never been transitioned to FailureTarget and Failed even if job meets "
               "podFailurePolicy",
       .gates = sp_prp,
       .job = WithStatus(SpJob(2, INT32_MAX, R"({"rules": [{"succeededCount": 1}]})", kDisruptionFailJob), scm_met),
       .pods = {.given = {P("0", "Failed", "", true), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0, .conditions = {Scm(), CompleteBySp()},
                .patches = 2, .completed_indexes = "1"}},
      {.name = "job with successPolicy and backoffLimitPerIndex; jobPodReplacementPolicy feature enabled; job with "
               "SuccessCriteriaMet has never been transitioned to FailureTarget and Failed even if job meet "
               "backoffLimitPerIndex",
       .gates = sp_prp,
       .job = WithStatus(WithBlpi(SpJob(2, INT32_MAX, R"({"rules": [{"succeededIndexes": "1"}]})"), 1), scm_met),
       .pods = {.given = {P("0", "Failed", "1"), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0, .conditions = {Scm(), CompleteBySp()},
                .patches = 2, .completed_indexes = "1", .failed_indexes = "0"}},
      {.name = "job with successPolicy and backoffLimit; jobPodReplacementPolicy feature enabled; job with "
               "SuccessCriteriaMet has never been transitioned to FailureTarget and Failed even if job meets "
               "backoffLimit",
       .gates = sp_prp, .job = WithStatus(SpJob(2, 1, kRule01Count1), scm_met),
       .pods = {.given = {P("0", "Failed"), P("1", "Succeeded")}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0, .conditions = {Scm(), CompleteBySp()},
                .patches = 2, .completed_indexes = "1"}},
      {.name = "job with successPolicy and podFailureTarget; jobPodReplacementPolicy feature enabled; job with "
               "FailureTarget has never been transitioned to SuccessCriteriaMet even if job meets successPolicy",
       .gates = sp_prp,
       .job = WithStatus(SpJob(2, INT32_MAX, kRule01Count1, kDisruptionFailJob),
                         {.failed = 1, .completed_indexes = "1",
                          .conditions = {{"FailureTarget", "True", "PodFailurePolicy", kDisruptionMessage}}}),
       .pods = {.given = {P("0", "Failed", "", true), P("1", "Succeeded")}, .given_without_finalizer = {0}},
       .want = {.succeeded = 1, .failed = 1, .terminating = 0,
                .conditions = {{"FailureTarget", "True", "PodFailurePolicy", kDisruptionMessage},
                               {"Failed", "True", "PodFailurePolicy", kDisruptionMessage}},
                .patches = 1, .completed_indexes = "1"}},
      {.name = "job without successPolicy; jobSuccessPolicy is enabled; job got SuccessCriteriaMet and Completion "
               "with CompletionsReached reason conditions",
       .gates = sp_mb, .job = SpJob(1, INT32_MAX, nullptr), .pods = {.given = {P("0", "Succeeded")}},
       .want = {.succeeded = 1,
                .conditions = {{"SuccessCriteriaMet", "True", "CompletionsReached",
                                "Reached expected number of succeeded pods"},
                               {"Complete", "True", "CompletionsReached", "Reached expected number of succeeded pods"}},
                .patches = 1, .completed_indexes = "0"}},
      // The gate off: the API server has dropped the field.
      {.name = "when the JobSuccessPolicy is disabled, the Job never got SuccessCriteriaMet condition even if the "
               "Job has the successPolicy field",
       .gates = off, .job = SpJob(3, INT32_MAX, nullptr),
       .pods = {.given = {P("0", "Running"), P("1", "Succeeded"), P("2", "Running")}},
       .want = {.active = 2, .succeeded = 1, .patches = 1, .completed_indexes = "1"}},
  };
  for (const Row& r : rows) {
    DYNAMIC_SECTION(r.name) {
      const Outcome out = RunSync(r, RulesFor(r.gates));
      CheckOutcome(r.want, out);
    }
  }
}
