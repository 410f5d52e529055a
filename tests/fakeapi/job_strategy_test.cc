// Job defaulting and validation of spec.podFailurePolicy, backoffLimitPerIndex and successPolicy through the Store
// (pkg/apis/batch/validation/validation_test.go TestValidateJob error cases,
// SetDefaults_Job, dropDisabledFields). Row names are the expected messages.
#include <climits>
#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "fakeapi/store.h"
#include "tests/support/store_fixture.h"
#include "tests/support/cause_texts.h"

using namespace jobsim;
using namespace jobsim::api;

namespace {

Job PolicyJob(const std::string& policy_json) {
  Job job;
  job.metadata.name = "pi";
  Container c;
  c.name = "main";
  c.image = "perl";
  job.spec.template_.spec.Mut().containers.push_back(c);
  job.spec.template_.spec.Mut().restart_policy = "Never";
  job.spec.pod_failure_policy = Json::parse(policy_json);
  return job;
}

using Fixture = test::StoreFixture;

std::vector<std::string> CauseMessages(const Status& st) { return jobsim::testing::CauseTexts(st); }

std::string Rule(const std::string& action, const std::string& on_exit_codes) {
  return R"({"action": ")" + action + R"(", "onExitCodes": )" + on_exit_codes + "}";
}

std::string Rules(const std::vector<std::string>& rules) {
  std::string out = R"({"rules": [)";
  for (size_t i = 0; i < rules.size(); ++i) out += (i ? ", " : "") + rules[i];
  return out + "]}";
}

std::string Values(int from, int n) {
  std::string out = "[";
  for (int i = 0; i < n; ++i) out += (i ? ", " : "") + std::to_string(from + i);
  return out + "]";
}

struct ValidationRow {
  std::string want;  // one of the causes, exactly
  std::string policy;
  std::string restart_policy = "Never";
  std::optional<std::string> replacement_policy;
};

}  // namespace

TEST_CASE("podFailurePolicy validation: upstream's messages") {
  const std::string in_1_2_3 = R"({"operator": "In", "values": [1, 2, 3]})";
  std::vector<std::string> too_many_rules;
  for (int i = 1; i <= 21; ++i) too_many_rules.push_back(Rule("FailJob", R"({"operator": "In", "values": [)" +
                                                                                std::to_string(i) + "]}"));
  std::string too_many_patterns = "[";
  for (int i = 0; i < 21; ++i) {
    too_many_patterns += (i ? ", " : "") + std::string(R"({"type": "CustomType_)") + std::to_string(i) +
                         R"(", "status": "True"})";
  }
  too_many_patterns += "]";
  const std::vector<ValidationRow> rows = {
      {.want = "spec.podFailurePolicy.rules: Too many: 21: must have at most 20 items",
       .policy = Rules(too_many_rules)},
      {.want = R"(spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"])",
       .policy = Rules({Rule("", in_1_2_3)})},
      {.want = R"(spec.podFailurePolicy.rules[0].action: Unsupported value: "UnknownAction": supported values: "Count", "FailIndex", "FailJob", "Ignore")",
       .policy = Rules({Rule("UnknownAction", in_1_2_3)})},
      {.want = R"(spec.podFailurePolicy.rules[0].action: Invalid value: "FailIndex": requires the backoffLimitPerIndex to be set)",
       .policy = Rules({Rule("FailIndex", in_1_2_3)})},
      {.want = "spec.podFailurePolicy.rules[0]: Invalid value: specifying both OnExitCodes and OnPodConditions is "
               "not supported",
       .policy = R"({"rules": [{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [1]},
                    "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]}]})"},
      {.want = "spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions "
               "is required",
       .policy = R"({"rules": [{"action": "FailJob"}]})"},
      {.want = R"(spec.podFailurePolicy.rules[0].onExitCodes.operator: Required value: valid values: ["In" "NotIn"])",
       .policy = Rules({Rule("FailJob", R"({"operator": "", "values": [1, 2, 3]})")})},
      {.want = R"(spec.podFailurePolicy.rules[0].onExitCodes.operator: Unsupported value: "UnknownOperator": supported values: "In", "NotIn")",
       .policy = Rules({Rule("Ignore", R"({"operator": "UnknownOperator", "values": [1, 2, 3]})")})},
      {.want = R"(spec.podFailurePolicy.rules[1].onExitCodes.containerName: Invalid value: "xyz": must be one of the container or initContainer names in the pod template)",
       .policy = Rules({Rule("Ignore", R"({"containerName": "main", "operator": "In", "values": [1, 2, 3]})"),
                        Rule("FailJob", R"({"containerName": "xyz", "operator": "In", "values": [5, 6, 7]})")})},
      {.want = "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{}: at least one value "
               "is required",
       .policy = Rules({Rule("FailJob", R"({"operator": "In", "values": []})")})},
      {.want = "spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256: must have at most 255 items",
       .policy = Rules({Rule("FailJob", R"({"operator": "NotIn", "values": )" + Values(0, 256) + "}")})},
      {.want = "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Duplicate value: 11",
       .policy = Rules({Rule("FailJob", R"({"operator": "In", "values": [11, 11]})")})},
      {.want = "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{19, 11}: must be ordered",
       .policy = Rules({Rule("FailJob", R"({"operator": "In", "values": [19, 11]})")})},
      {.want = "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0: must not be 0 for the In "
               "operator",
       .policy = Rules({Rule("Ignore", R"({"operator": "In", "values": [1, 0, 2]})")})},
      {.want = "spec.podFailurePolicy.rules[0].onPodConditions: Too many: 21: must have at most 20 items",
       .policy = R"({"rules": [{"action": "FailJob", "onPodConditions": )" + too_many_patterns + "}]}"},
      {.want = R"(spec.podFailurePolicy.rules[0].onPodConditions[0].status: Unsupported value: "UnknownStatus": supported values: "False", "True", "Unknown")",
       .policy = R"({"rules": [{"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "UnknownStatus"}]}]})"},
      {.want = R"(spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: "Bad Type": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]'))",
       .policy = R"({"rules": [{"action": "Ignore", "onPodConditions": [{"type": "Bad Type", "status": "True"}]}]})"},
      {.want = R"(spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified)",
       .policy = Rules({Rule("FailJob", in_1_2_3)}), .restart_policy = "OnFailure"},
      {.want = R"(spec.podReplacementPolicy: Unsupported value: "TerminatingOrFailed": supported values: "Failed")",
       .policy = Rules({Rule("FailJob", in_1_2_3)}), .replacement_policy = "TerminatingOrFailed"},
  };
  for (const ValidationRow& row : rows) {
    DYNAMIC_SECTION(row.want) {
      Fixture f;
      Job job = PolicyJob(row.policy);
      job.spec.template_.spec.Mut().restart_policy = row.restart_policy;
      job.spec.pod_replacement_policy = row.replacement_policy;
      const Result<Job> r = f.store.Create(job);
      REQUIRE(r.status.code() == 422);
      const std::vector<std::string> causes = CauseMessages(r.status);
      CHECK(std::find(causes.begin(), causes.end(), row.want) != causes.end());
    }
  }
}

TEST_CASE("a valid podFailurePolicy is accepted and defaulted") {
  Fixture f;
  const Result<Job> r = f.store.Create(PolicyJob(R"({"rules": [
      {"action": "FailJob", "onExitCodes": {"containerName": "main", "operator": "In", "values": [42]}},
      {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget"}]},
      {"action": "Count", "onExitCodes": {"operator": "NotIn", "values": [0, 1]}}]})"));
  REQUIRE(r.ok());
  // SetDefaults_Job: onPodConditions status True; podReplacementPolicy Failed.
  CHECK(r.object->spec.pod_failure_policy["rules"][1]["onPodConditions"][0]["status"] == "True");
  CHECK(r.object->spec.pod_replacement_policy == "Failed");
}

TEST_CASE("podFailurePolicy is immutable") {
  Fixture f;
  const Result<Job> created =
      f.store.Create(PolicyJob(R"({"rules": [{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [42]}}]})"));
  REQUIRE(created.ok());
  Job changed = *created.object;
  changed.spec.pod_failure_policy["rules"][0]["action"] = "Ignore";
  const Result<Job> r = f.store.Update(changed);
  REQUIRE(r.status.code() == 422);
  CHECK(CauseMessages(r.status) ==
        std::vector<std::string>{"spec.podFailurePolicy: Invalid value: batch.PodFailurePolicy{...}: field is immutable"});
}

TEST_CASE("before JobPodFailurePolicy (1.26) the API server drops the field") {
  ApiRules rules;
  rules.job_pod_failure_policy = false;
  rules.job_backoff_limit_per_index = false;
  rules.job_pod_replacement_policy = false;
  Fixture f(rules);
  Job job = PolicyJob(R"({"rules": [{"action": "FailJob", "onExitCodes": {"operator": "In", "values": [42]}}]})");
  job.spec.template_.spec.Mut().restart_policy = "OnFailure";  // allowed once the policy is gone
  const Result<Job> r = f.store.Create(job);
  REQUIRE(r.ok());
  CHECK(r.object->spec.pod_failure_policy.is_null());
}

TEST_CASE("before JobBackoffLimitPerIndex (1.29) FailIndex rules are dropped") {
  ApiRules rules;
  rules.job_backoff_limit_per_index = false;
  Fixture f(rules);
  const Result<Job> r = f.store.Create(PolicyJob(R"({"rules": [
      {"action": "FailIndex", "onExitCodes": {"operator": "In", "values": [1]}},
      {"action": "FailJob", "onExitCodes": {"operator": "In", "values": [42]}}]})"));
  REQUIRE(r.ok());
  REQUIRE(r.object->spec.pod_failure_policy["rules"].size() == 1);
  CHECK(r.object->spec.pod_failure_policy["rules"][0]["action"] == "FailJob");
}

namespace {

// An Indexed Job with the per-index fields a row sets (validation_test.go
// TestValidateJob, the backoffLimitPerIndex rows).
struct PerIndexRow {
  std::string want;  // one of the causes, exactly
  std::optional<std::string> completion_mode = "Indexed";
  std::optional<int32_t> completions;
  std::optional<int32_t> parallelism;
  std::optional<int32_t> backoff_limit_per_index;
  std::optional<int32_t> max_failed_indexes;
};

Job PerIndexJob(const PerIndexRow& row) {
  Job job = PolicyJob("null");
  job.spec.completion_mode = row.completion_mode;
  job.spec.completions = row.completions;
  job.spec.parallelism = row.parallelism;
  job.spec.backoff_limit_per_index = row.backoff_limit_per_index;
  job.spec.max_failed_indexes = row.max_failed_indexes;
  return job;
}

}  // namespace

TEST_CASE("backoffLimitPerIndex validation: upstream's messages") {
  const std::vector<PerIndexRow> rows = {
      {.want = "spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode",
       .completion_mode = std::nullopt, .backoff_limit_per_index = 1},
      {.want = "spec.maxFailedIndexes: Invalid value: 1: requires indexed completion mode",
       .completion_mode = "NonIndexed", .backoff_limit_per_index = 1, .max_failed_indexes = 1},
      {.want = "spec.backoffLimitPerIndex: Invalid value: -1: must be greater than or equal to 0",
       .backoff_limit_per_index = -1},
      {.want = "spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions",
       .completions = 10, .backoff_limit_per_index = 1, .max_failed_indexes = 11},
      {.want = "spec.maxFailedIndexes: Required value: must be specified when completions is above 100000",
       .completions = 100'001, .backoff_limit_per_index = 1},
      {.want = "spec.parallelism: Invalid value: 50000: must be less than or equal to 10000 when completions are "
               "above 100000 and used with backoff limit per index",
       .completions = 100'001, .parallelism = 50'000, .backoff_limit_per_index = 1, .max_failed_indexes = 1},
      {.want = "spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000",
       .completions = 100'001, .backoff_limit_per_index = 1, .max_failed_indexes = 100'001},
      {.want = "spec.maxFailedIndexes: Invalid value: 50000: must be less than or equal to 10000 when completions "
               "are above 100000 and used with backoff limit per index",
       .completions = 100'001, .backoff_limit_per_index = 1, .max_failed_indexes = 50'000},
      {.want = "spec.maxFailedIndexes: Invalid value: -1: must be greater than or equal to 0", .completions = 10,
       .backoff_limit_per_index = 1, .max_failed_indexes = -1},
      {.want = "spec.backoffLimitPerIndex: Required value: when maxFailedIndexes is specified", .completions = 10,
       .max_failed_indexes = 1},
      {.want = "spec.parallelism: Invalid value: 100001: must be less than or equal to 100000 when completion mode "
               "is Indexed",
       .completions = 100'001, .parallelism = 100'001},
  };
  for (const PerIndexRow& row : rows) {
    DYNAMIC_SECTION(row.want) {
      Fixture f;
      const Result<Job> r = f.store.Create(PerIndexJob(row));
      REQUIRE(r.status.code() == 422);
      const std::vector<std::string> causes = CauseMessages(r.status);
      CHECK(std::find(causes.begin(), causes.end(), row.want) != causes.end());
    }
  }
}

TEST_CASE("a valid backoffLimitPerIndex Job is accepted; backoffLimit defaults to MaxInt32") {
  Fixture f;
  const Result<Job> r = f.store.Create(PerIndexJob({.completions = 4, .backoff_limit_per_index = 1,
                                                   .max_failed_indexes = 2}));
  REQUIRE(r.ok());
  CHECK(r.object->spec.backoff_limit == INT32_MAX);
  CHECK(r.object->spec.backoff_limit_per_index == 1);
  CHECK(r.object->spec.max_failed_indexes == 2);
  // A FailIndex rule is accepted with backoffLimitPerIndex.
  Job with_rule = PerIndexJob({.completions = 4, .backoff_limit_per_index = 0});
  with_rule.metadata.name = "pi-2";
  with_rule.spec.pod_failure_policy =
      Json::parse(R"({"rules": [{"action": "FailIndex", "onExitCodes": {"operator": "In", "values": [42]}}]})");
  CHECK(f.store.Create(with_rule).ok());
}

TEST_CASE("backoffLimitPerIndex is immutable; maxFailedIndexes is not") {
  Fixture f;
  const Result<Job> created = f.store.Create(PerIndexJob({.completions = 4, .backoff_limit_per_index = 1,
                                                         .max_failed_indexes = 2}));
  REQUIRE(created.ok());
  Job more_failures = *created.object;
  more_failures.spec.max_failed_indexes = 3;
  const Result<Job> mutated = f.store.Update(more_failures);
  REQUIRE(mutated.ok());
  Job changed = *mutated.object;
  changed.spec.backoff_limit_per_index = 2;
  const Result<Job> r = f.store.Update(changed);
  REQUIRE(r.status.code() == 422);
  CHECK(CauseMessages(r.status) ==
        std::vector<std::string>{"spec.backoffLimitPerIndex: Invalid value: 2: field is immutable"});
}

// dropDisabledFields runs after SetDefaults_Job, which does not look at the
// gate: the field goes, the MaxInt32 backoffLimit it implied stays.
TEST_CASE("before JobBackoffLimitPerIndex (1.29) backoffLimitPerIndex and maxFailedIndexes are dropped") {
  ApiRules rules;
  rules.job_backoff_limit_per_index = false;
  Fixture f(rules);
  const Result<Job> r = f.store.Create(PerIndexJob({.completions = 4, .backoff_limit_per_index = 1,
                                                   .max_failed_indexes = 2}));
  REQUIRE(r.ok());
  CHECK_FALSE(r.object->spec.backoff_limit_per_index.has_value());
  CHECK_FALSE(r.object->spec.max_failed_indexes.has_value());
  CHECK(r.object->spec.backoff_limit == INT32_MAX);
}

namespace {

// An Indexed Job of 5 completions with this successPolicy (validation_test.go
// TestValidateJob, the successPolicy rows).
Job SuccessPolicyJob(const std::string& policy_json, std::optional<std::string> mode = "Indexed") {
  Job job = PolicyJob("null");
  job.spec.completion_mode = mode;
  if (mode == "Indexed") job.spec.completions = 5;
  job.spec.success_policy = Json::parse(policy_json);
  return job;
}

std::string CountRules(int n) {
  std::vector<std::string> rules(n, R"({"succeededCount": 5})");
  return Rules(rules);
}

}  // namespace

TEST_CASE("successPolicy validation: upstream's messages") {
  const std::string too_long = std::string(64 * 1024 + 1, '1');
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"spec.successPolicy: Invalid value: batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{}}: requires indexed "
       "completion mode",
       R"({"rules": []})"},
      {"spec.successPolicy.rules: Required value: at least one rules must be specified when the successPolicy is "
       "specified",
       "{}"},
      {"spec.successPolicy.rules[0]: Required value: at least one of succeededCount or succeededIndexes must be "
       "specified",
       R"({"rules": [{}]})"},
      {R"(spec.successPolicy.rules[0].succeededIndexes: Invalid value: "invalid-format": error parsing succeededIndexes: cannot convert string to integer for index: "invalid")",
       R"({"rules": [{"succeededIndexes": "invalid-format"}]})"},
      {"spec.successPolicy.rules[0].succeededIndexes: Too long: may not be more than 65536 bytes",
       R"({"rules": [{"succeededIndexes": ")" + too_long + R"("}]})"},
      {"spec.successPolicy.rules[0].succeededCount: Invalid value: -1: must be greater than or equal to 0",
       R"({"rules": [{"succeededCount": -1}]})"},
      {"spec.successPolicy.rules[0].succeededCount: Invalid value: 6: must be less than or equal to 5 (the number of "
       "specified completions)",
       R"({"rules": [{"succeededCount": 6}]})"},
      {"spec.successPolicy.rules[0].succeededCount: Invalid value: 4: must be less than or equal to 3 (the number of "
       "indexes in the specified succeededIndexes field)",
       R"({"rules": [{"succeededCount": 4, "succeededIndexes": "0-2"}]})"},
      {"spec.successPolicy.rules: Too many: 21: must have at most 20 items", CountRules(21)},
      // parseIndexInterval's other errors, through the same path.
      {R"(spec.successPolicy.rules[0].succeededIndexes: Invalid value: "5": error parsing succeededIndexes: too large index: "5")",
       R"({"rules": [{"succeededIndexes": "5"}]})"},
      {R"(spec.successPolicy.rules[0].succeededIndexes: Invalid value: "2,1": error parsing succeededIndexes: non-increasing order, previous: 2, current: 1)",
       R"({"rules": [{"succeededIndexes": "2,1"}]})"},
      {R"(spec.successPolicy.rules[0].succeededIndexes: Invalid value: "3-1": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1)",
       R"({"rules": [{"succeededIndexes": "3-1"}]})"},
      {R"(spec.successPolicy.rules[0].succeededIndexes: Invalid value: "0-1-2": error parsing succeededIndexes: the fragment "0-1-2" violates the requirement that an index interval can have at most two parts separated by '-')",
       R"({"rules": [{"succeededIndexes": "0-1-2"}]})"},
  };
  for (const auto& [want, policy] : rows) {
    DYNAMIC_SECTION(want.substr(0, 120)) {
      Fixture f;
      const bool non_indexed = want.find("requires indexed") != std::string::npos;
      const Result<Job> r = f.store.Create(SuccessPolicyJob(policy, non_indexed ? std::nullopt
                                                                                : std::optional<std::string>("Indexed")));
      REQUIRE(r.status.code() == 422);
      const std::vector<std::string> causes = CauseMessages(r.status);
      CHECK(std::find(causes.begin(), causes.end(), want) != causes.end());
    }
  }
}

TEST_CASE("a valid successPolicy is accepted and immutable") {
  Fixture f;
  const Result<Job> created =
      f.store.Create(SuccessPolicyJob(R"({"rules": [{"succeededIndexes": "0,2-4", "succeededCount": 1}]})"));
  REQUIRE(created.ok());
  CHECK(created.object->spec.success_policy["rules"][0]["succeededIndexes"] == "0,2-4");
  Job changed = *created.object;
  changed.spec.success_policy["rules"][0]["succeededCount"] = 2;
  const Result<Job> r = f.store.Update(changed);
  REQUIRE(r.status.code() == 422);
  CHECK(CauseMessages(r.status) ==
        std::vector<std::string>{"spec.successPolicy: Invalid value: batch.SuccessPolicy{...}: field is immutable"});
}

// JobSuccessPolicy is alpha (off by default) in 1.30: the field is dropped,
// so even an invalid one passes; beta (on) from 1.31.
TEST_CASE("before JobSuccessPolicy beta (1.31) the API server drops successPolicy") {
  ApiRules rules;
  rules.job_success_policy = false;  // sim/profile.cc: 1.30 and before
  Fixture f(rules);
  const Result<Job> r = f.store.Create(SuccessPolicyJob(R"({"rules": [{"succeededCount": 6}]})"));
  REQUIRE(r.ok());
  CHECK(r.object->spec.success_policy.is_null());
  Fixture g(ApiRules{});
  const Result<Job> kept = g.store.Create(SuccessPolicyJob(R"({"rules": [{"succeededCount": 1}]})"));
  REQUIRE(kept.ok());
  CHECK_FALSE(kept.object->spec.success_policy.is_null());
}

// TTLAfterFinished: alpha (off) 1.12-1.20, no field before 1.12 (sim/profile.cc job_ttl).
TEST_CASE("where TTLAfterFinished is off the API server drops ttlSecondsAfterFinished, unless already set") {
  ApiRules rules;
  rules.job_ttl = false;
  Fixture f(rules);
  Job job = PolicyJob("null");
  job.spec.ttl_seconds_after_finished = 30;
  const Result<Job> r = f.store.Create(job);
  REQUIRE(r.ok());
  CHECK_FALSE(r.object->spec.ttl_seconds_after_finished.has_value());
  auto patched = f.store.Patch<Job>("default", "pi", [](Job& j) {
    j.spec.ttl_seconds_after_finished = 60;
    return Status::Ok();
  });
  REQUIRE(patched.ok());
  CHECK_FALSE(patched.object->spec.ttl_seconds_after_finished.has_value());
  Fixture on(ApiRules{});
  CHECK(on.store.Create(job).object->spec.ttl_seconds_after_finished == 30);
}

TEST_CASE("where SuspendJob and IndexedJob are off the API server drops suspend and completionMode") {
  ApiRules rules;
  rules.job_suspend = false;
  rules.job_completion_mode = false;
  Fixture f(rules);
  Job job = PolicyJob("null");
  job.spec.suspend = true;
  job.spec.completion_mode = "Indexed";
  const Result<Job> r = f.store.Create(job);
  REQUIRE(r.ok());
  CHECK_FALSE(r.object->spec.suspend.has_value());
  CHECK_FALSE(r.object->spec.completion_mode.has_value());
}

namespace {

// One gated field on a release (ApiRules as sim/profile.cc sets them there).
struct GatedFieldRow {
  std::string name;
  std::function<void(ApiRules&)> release;
  std::function<void(Job&)> set;
  std::function<bool(const Job&)> want;
};

}  // namespace

// A field the release's types lack is dropped by the decoder before
// SetDefaults_Job; a field of a disabled gate is dropped by PrepareForCreate
// after it (pkg/apis/batch/v1/defaults.go, pkg/registry/batch/job/strategy.go).
TEST_CASE("gated Job fields per release: dropped before or after defaulting, as upstream") {
  auto no_per_index = [](ApiRules& r) { r.job_backoff_limit_per_index = false; };
  auto per_index = [](Job& j) {
    j.spec.completion_mode = "Indexed";
    j.spec.completions = 4;
    j.spec.backoff_limit_per_index = 1;
    j.spec.max_failed_indexes = 2;
  };
  const std::vector<GatedFieldRow> rows = {
      {"1.27: no backoffLimitPerIndex in the types; backoffLimit defaults to 6",
       [&](ApiRules& r) { no_per_index(r); r.job_backoff_limit_per_index_field = false; },
       per_index,
       [](const Job& j) { return !j.spec.backoff_limit_per_index && !j.spec.max_failed_indexes && j.spec.backoff_limit == 6; }},
      {"1.28: the field exists, the gate is off; dropped after defaulting, backoffLimit stays 2147483647",
       no_per_index,
       per_index,
       [](const Job& j) { return !j.spec.backoff_limit_per_index && !j.spec.max_failed_indexes && j.spec.backoff_limit == INT32_MAX; }},
      {"1.29: kept, backoffLimit 2147483647",
       [](ApiRules&) {},
       per_index,
       [](const Job& j) { return j.spec.backoff_limit_per_index == 1 && j.spec.max_failed_indexes == 2 && j.spec.backoff_limit == INT32_MAX; }},
      {"1.7: no backoffLimit in the types; dropped",
       [](ApiRules& r) { r.job_backoff_limit = false; },
       [](Job& j) { j.spec.backoff_limit = 3; },
       [](const Job& j) { return !j.spec.backoff_limit; }},
      {"1.28: podReplacementPolicy dropped, not defaulted",
       [](ApiRules& r) { r.job_pod_replacement_policy = false; },
       [](Job& j) { j.spec.pod_replacement_policy = "Failed"; },
       [](const Job& j) { return !j.spec.pod_replacement_policy; }},
      {"1.29: podReplacementPolicy kept",
       [](ApiRules&) {},
       [](Job& j) { j.spec.pod_replacement_policy = "Failed"; },
       [](const Job& j) { return j.spec.pod_replacement_policy == "Failed"; }},
      {"1.25: podFailurePolicy dropped; backoffLimit 6",
       [](ApiRules& r) { r.job_pod_failure_policy = false; r.job_pod_replacement_policy = false; },
       [](Job& j) { j.spec.pod_failure_policy = Json::parse(R"({"rules": []})"); },
       [](const Job& j) { return j.spec.pod_failure_policy.is_null() && j.spec.backoff_limit == 6; }},
      {"1.20: ttlSecondsAfterFinished dropped",
       [](ApiRules& r) { r.job_ttl = false; },
       [](Job& j) { j.spec.ttl_seconds_after_finished = 5; },
       [](const Job& j) { return !j.spec.ttl_seconds_after_finished; }},
      {"1.21: suspend and completionMode dropped, not defaulted",
       [](ApiRules& r) { r.job_suspend = false; r.job_completion_mode = false; },
       [](Job&) {},
       [](const Job& j) { return !j.spec.suspend && !j.spec.completion_mode; }},
      {"1.30: successPolicy and managedBy dropped",
       [](ApiRules& r) { r.job_success_policy = false; r.job_managed_by = false; },
       [](Job& j) {
         j.spec.completion_mode = "Indexed";
         j.spec.completions = 2;
         j.spec.success_policy = Json::parse(R"({"rules": [{"succeededCount": 1}]})");
         j.spec.managed_by = "example.com/custom";
       },
       [](const Job& j) { return j.spec.success_policy.is_null() && !j.spec.managed_by; }},
  };
  for (const GatedFieldRow& row : rows) {
    CAPTURE(row.name);
    ApiRules rules;
    row.release(rules);
    Fixture f(rules);
    Job job = PolicyJob("null");
    row.set(job);
    const Result<Job> r = f.store.Create(job);
    REQUIRE(r.ok());
    CHECK(row.want(*r.object));
  }
}

// validateCompletions (validation.go) and the ElasticIndexedJob rows of TestValidateJobUpdate.
TEST_CASE("completions may change only for an Indexed Job, in tandem with parallelism (ElasticIndexedJob)") {
  struct Row {
    std::string name;
    std::string mode;
    int32_t completions, parallelism;
    bool elastic = true;  // ApiRules::job_elastic_indexed
    std::string want;     // the cause, or "" for an accepted update
  };
  const std::vector<Row> rows = {
      {"Indexed: scale up in tandem", "Indexed", 5, 5, true, ""},
      {"Indexed: scale down in tandem", "Indexed", 1, 1, true, ""},
      {"Indexed: completions alone", "Indexed", 4, 3,  true,
       "spec.completions: Invalid value: 4: can only be modified in tandem with spec.parallelism"},
      {"NonIndexed: in tandem", "NonIndexed", 5, 5, true, "spec.completions: Invalid value: 5: field is immutable"},
      {"Indexed before ElasticIndexedJob (1.26)", "Indexed", 5, 5, false,
       "spec.completions: Invalid value: 5: field is immutable"},
      {"parallelism alone is always mutable", "NonIndexed", 3, 1, false, ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      ApiRules rules;
      rules.job_elastic_indexed = row.elastic;
      Fixture f(rules);
      Job job = PolicyJob("null");
      job.spec.completion_mode = row.mode;
      job.spec.completions = 3;
      job.spec.parallelism = 3;
      const Result<Job> created = f.store.Create(job);
      REQUIRE(created.ok());
      Job scaled = *created.object;
      scaled.spec.completions = row.completions;
      scaled.spec.parallelism = row.parallelism;
      const Result<Job> r = f.store.Update(scaled);
      if (row.want.empty()) {
        CHECK(r.ok());
      } else {
        REQUIRE(r.status.code() == 422);
        CHECK(CauseMessages(r.status) == std::vector<std::string>{row.want});
      }
    }
  }
}

// PrepareForCreate / PrepareForUpdate in pkg/registry/batch/job/strategy.go.
TEST_CASE("where JobPodReplacementPolicy is off the API server drops podReplacementPolicy, unless already set") {
  ApiRules rules;
  rules.job_pod_replacement_policy = false;
  Fixture f(rules);
  Job job = PolicyJob("null");
  job.spec.pod_replacement_policy = "Failed";
  const Result<Job> created = f.store.Create(job);
  REQUIRE(created.ok());
  CHECK_FALSE(created.object->spec.pod_replacement_policy.has_value());
  Job updated = *created.object;
  updated.spec.pod_replacement_policy = "Failed";
  const Result<Job> r = f.store.Update(updated);
  REQUIRE(r.ok());
  CHECK_FALSE(r.object->spec.pod_replacement_policy.has_value());
}

TEST_CASE("a container port without protocol gets TCP (SetDefaults_ContainerPort)") {
  Fixture f;
  Job job = PolicyJob("null");  // no podFailurePolicy
  job.spec.template_.spec.Mut().containers.Mut()[0].extra.Edit([](Json& extra) {
    extra["ports"] = Json::parse(R"([{"containerPort":8080},{"containerPort":53,"protocol":"UDP"}])");
  });
  const Result<Job> r = f.store.Create(job);
  REQUIRE(r.ok());
  CHECK((*r.object->spec.template_.spec->containers[0].extra)["ports"] ==
        Json::parse(R"([{"containerPort":8080,"protocol":"TCP"},{"containerPort":53,"protocol":"UDP"}])"));
}
