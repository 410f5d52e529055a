// podFailurePolicy: the pure matcher row by row (upstream
// pkg/controller/job/pod_failure_policy_test.go, TestMatchPodFailurePolicy)
// and one sync of a Job with a policy (job_controller_test.go,
// TestSyncJobWithJobPodFailurePolicy). Row names are upstream's.
#include "controller/pod_failure_policy.h"

#include <catch2/catch.hpp>

#include "tests/controller/sync_harness.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

using Action = PodFailureAction;

api::ContainerStatus Exited(const std::string& name, int32_t exit_code, UnixMs finished_at = 0) {
  api::ContainerStatus s;
  s.name = name;
  s.state.emplace<api::ContainerStateTerminated>().exit_code = exit_code;
  s.state.terminated()->finished_at = finished_at;
  return s;
}

api::ContainerStatus NotTerminated(const std::string& name) {
  api::ContainerStatus s;
  s.name = name;
  return s;
}

struct PodShape {
  std::string phase = "Failed";
  std::vector<api::ContainerStatus> containers;
  std::vector<api::ContainerStatus> init_containers;
  std::vector<std::pair<std::string, std::string>> conditions;  // type, status
  bool deleting = false;
};

api::Pod MakePod(const PodShape& spec) {
  api::Pod pod;
  pod.metadata.namespace_ = "default";
  pod.metadata.name = "mypod";
  pod.status.phase = spec.phase;
  pod.status.container_statuses = spec.containers;
  pod.status.init_container_statuses = spec.init_containers;
  std::vector<api::Condition> conditions;
  for (const auto& [type, status] : spec.conditions) {
    api::Condition c;
    c.type = type;
    c.status = status;
    conditions.push_back(c);
  }
  pod.status.conditions = conditions;
  if (spec.deleting) pod.metadata.deletion_timestamp = kEpoch;
  return pod;
}

std::string ExitCodesRule(const std::string& action, const std::string& op, const std::string& values,
                          const std::string& container = "") {
  const std::string name = container.empty() ? "" : R"("containerName": ")" + container + R"(", )";
  return R"({"action": ")" + action + R"(", "onExitCodes": {)" + name + R"("operator": ")" + op +
         R"(", "values": )" + values + "}}";
}

std::string ConditionRule(const std::string& action, const std::string& type, const std::string& status = "True") {
  return R"({"action": ")" + action + R"(", "onPodConditions": [{"type": ")" + type + R"(", "status": ")" + status +
         R"("}]})";
}

api::Json Policy(const std::vector<std::string>& rules) {
  std::string text = R"({"rules": [)";
  for (size_t i = 0; i < rules.size(); ++i) text += (i ? ", " : "") + rules[i];
  return api::Json::parse(text + "]}");
}

struct MatchRow {
  std::string name;
  api::Json policy;  // null: no policy
  PodShape pod;
  std::optional<std::string> want_message;
  bool want_count = true;
  std::optional<Action> want_action;
  std::optional<size_t> want_rule;
};

}  // namespace

TEST_CASE("TestMatchPodFailurePolicy: one failed pod against the rules") {
  const std::vector<MatchRow> rows = {
      {.name = "unknown action for rule matching by exit codes - skip rule with unknown action",
       .policy = Policy({ExitCodesRule("UnknownAction", "In", "[1, 2]"), ExitCodesRule("FailJob", "In", "[2, 3]")}),
       .pod = {.containers = {Exited("main-container", 2)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule "
                       "at index 1",
       .want_action = Action::kFailJob, .want_rule = 1},
      {.name = "unknown action for rule matching by pod conditions - skip rule with unknown action",
       .policy = Policy({ConditionRule("UnkonwnAction", "DisruptionTarget"), ConditionRule("Ignore", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 1},
      {.name = "unknown operator - rule with unknown action is skipped for onExitCodes",
       .policy = Policy({ExitCodesRule("Ignore", "UnknownOperator", "[1, 2]"), ExitCodesRule("FailJob", "In", "[2, 3]")}),
       .pod = {.containers = {Exited("main-container", 2)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule "
                       "at index 1",
       .want_action = Action::kFailJob, .want_rule = 1},
      {.name = "no policy rules", .pod = {.containers = {Exited("", 2)}}},
      {.name = "ignore rule matched for exit codes", .policy = Policy({ExitCodesRule("Ignore", "In", "[1, 2, 3]")}),
       .pod = {.containers = {Exited("", 2)}}, .want_count = false, .want_action = Action::kIgnore, .want_rule = 0},
      {.name = "ignore rule matched on negative exit codes - needed for Windows support",
       .policy = Policy({ExitCodesRule("Ignore", "In", "[-1073741676, -1073741510]")}),
       .pod = {.containers = {Exited("", -1073741510)}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 0},
      {.name = "FailJob rule matched for exit codes", .policy = Policy({ExitCodesRule("FailJob", "In", "[1, 2, 3]")}),
       .pod = {.containers = {Exited("main-container", 2)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 2 matching FailJob rule "
                       "at index 0",
       .want_action = Action::kFailJob, .want_rule = 0},
      {.name = "successful containers are skipped by the rules",
       .policy = Policy({ExitCodesRule("FailJob", "NotIn", "[111]")}),
       .pod = {.containers = {Exited("main-container", 111), Exited("suppport-container", 0)},
               .init_containers = {Exited("init-container", 0)}}},
      {.name = "FailIndex rule matched for exit codes", .policy = Policy({ExitCodesRule("FailIndex", "In", "[1, 2, 3]")}),
       .pod = {.containers = {Exited("", 2)}}, .want_action = Action::kFailIndex, .want_rule = 0},
      {.name = "pod failure policy with NotIn operator and value 0",
       .policy = Policy({ExitCodesRule("FailJob", "NotIn", "[0]")}),
       .pod = {.containers = {Exited("main-container", 1), Exited("suppport-container", 0)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 1 matching FailJob rule "
                       "at index 0",
       .want_action = Action::kFailJob, .want_rule = 0},
      {.name = "second jobfail rule matched for exit codes",
       .policy = Policy({ExitCodesRule("Count", "In", "[1, 2, 3]"), ExitCodesRule("FailJob", "In", "[4, 5, 6]")}),
       .pod = {.containers = {Exited("main-container", 6)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 6 matching FailJob rule "
                       "at index 1",
       .want_action = Action::kFailJob, .want_rule = 1},
      {.name = "count rule matched for exit codes", .policy = Policy({ExitCodesRule("Count", "In", "[1, 2, 3]")}),
       .pod = {.containers = {NotTerminated("foo"), Exited("bar", 2)}}, .want_action = Action::kCount,
       .want_rule = 0},
      {.name = "FailIndex rule matched for pod conditions", .policy = Policy({ConditionRule("FailIndex", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}}, .want_action = Action::kFailIndex, .want_rule = 0},
      {.name = "ignore rule matched for pod conditions", .policy = Policy({ConditionRule("Ignore", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 0},
      {.name = "ignore rule matches by the status=False",
       .policy = Policy({ConditionRule("Ignore", "DisruptionTarget", "False")}),
       .pod = {.conditions = {{"DisruptionTarget", "False"}}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 0},
      {.name = "ignore rule matches by the status=Unknown",
       .policy = Policy({ConditionRule("Ignore", "DisruptionTarget", "Unknown")}),
       .pod = {.conditions = {{"DisruptionTarget", "Unknown"}}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 0},
      {.name = "ignore rule does not match when status for pattern is False, but actual True",
       .policy = Policy({ConditionRule("Ignore", "DisruptionTarget", "False")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}}},
      {.name = "ignore rule does not match when status for pattern is True, but actual False",
       .policy = Policy({ConditionRule("Ignore", "DisruptionTarget", "True")}),
       .pod = {.conditions = {{"DisruptionTarget", "False"}}}},
      {.name = "default - do not match condition with status=False",
       .policy = Policy({ConditionRule("Ignore", "DisruptionTarget", "True")}),
       .pod = {.conditions = {{"DisruptionTarget", "False"}}}},
      {.name = "job fail rule matched for pod conditions", .policy = Policy({ConditionRule("FailJob", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}},
       .want_message = "Pod default/mypod has condition DisruptionTarget matching FailJob rule at index 0",
       .want_action = Action::kFailJob, .want_rule = 0},
      {.name = "count rule matched for pod conditions", .policy = Policy({ConditionRule("Count", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}}, .want_action = Action::kCount, .want_rule = 0},
      {.name = "no rule matched",
       .policy = Policy({ExitCodesRule("Count", "NotIn", "[8]"), ExitCodesRule("Ignore", "In", "[1, 2, 3]"),
                         ExitCodesRule("FailJob", "NotIn", "[5, 6, 7]"),
                         ConditionRule("Count", "ResourceLimitExceeded"), ConditionRule("Ignore", "DisruptionTarget")}),
       .pod = {.containers = {Exited("", 32)}}, .want_action = Action::kCount, .want_rule = 0},
      {.name = "expected matching rule returned",
       .policy = Policy({ConditionRule("FailJob", "MaxFailedIndexesExceeded"), ConditionRule("Ignore", "DisruptionTarget")}),
       .pod = {.conditions = {{"DisruptionTarget", "True"}}},
       .want_count = false, .want_action = Action::kIgnore, .want_rule = 1},
      // Not upstream's: the containerName restriction, and init containers after app containers.
      {.name = "containerName restricts onExitCodes to that container",
       .policy = Policy({ExitCodesRule("FailJob", "In", "[5]", "main-container")}),
       .pod = {.containers = {Exited("monitoring-container", 5), Exited("main-container", 42)}}},
      {.name = "app containers are matched before init containers",
       .policy = Policy({ExitCodesRule("FailJob", "In", "[5, 6]")}),
       .pod = {.containers = {Exited("main-container", 6)}, .init_containers = {Exited("init-container", 5)}},
       .want_message = "Container main-container for pod default/mypod failed with exit code 6 matching FailJob rule "
                       "at index 0",
       .want_action = Action::kFailJob, .want_rule = 0},
  };
  for (const MatchRow& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const std::optional<PodFailurePolicy> policy = ParsePodFailurePolicy(row.policy);
      const PodFailureMatch got = MatchPodFailurePolicy(policy ? &*policy : nullptr, MakePod(row.pod));
      CHECK(got.fail_job_message == row.want_message);
      CHECK(got.count_failed == row.want_count);
      CHECK(got.action == row.want_action);
      CHECK(got.rule_index == row.want_rule);
    }
  }
}

TEST_CASE("a Job without podFailurePolicy has no typed policy") {
  CHECK_FALSE(ParsePodFailurePolicy(api::Json()).has_value());
  CHECK(ParsePodFailurePolicy(api::Json::object())->rules.empty());
}

namespace {

// onExitCodeRules of TestSyncJobWithJobPodFailurePolicy.
api::Json OnExitCodeRules() {
  return Policy({ExitCodesRule("Ignore", "In", "[1, 2, 3]"), ExitCodesRule("FailJob", "In", "[5, 6, 7]")});
}

api::Pod GivenPod(const PodShape& spec) { return MakePod(spec); }

Cond PolicyCondition(const std::string& type, const std::string& message) {
  return {type, "True", "PodFailurePolicy", message};
}

const std::string kExit5Message =
    "Container main-container for pod default/mypod-0 failed with exit code 5 matching FailJob rule at index 1";
const Cond kBackoffFailed{"Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit"};
const Cond kBackoffTarget{"FailureTarget", "True", "BackoffLimitExceeded",
                          "Job has reached the specified backoff limit"};

JobSetup PolicyJob(int32_t parallelism, int32_t completions, int32_t backoff_limit, api::Json policy) {
  // The upstream test sets podReplacementPolicy Failed when unset.
  return {.parallelism = parallelism, .completions = completions, .backoff_limit = backoff_limit,
          .replacement_policy = "Failed", .pod_failure_policy = std::move(policy)};
}

}  // namespace

TEST_CASE("TestSyncJobWithJobPodFailurePolicy: one sync of a Job with a podFailurePolicy") {
  const Gates managed_by{.managed_by = true};
  JobSetup already_target = PolicyJob(1, 1, 6, OnExitCodeRules());
  already_target.initial = {.set = true, .conditions = {PolicyCondition("FailureTarget", kExit5Message)}};
  const std::string deleted_pod_message =
      "Container main-container for pod default/already-deleted-pod failed with exit code 5 matching FailJob rule at "
      "index 1";
  JobSetup already_target_deleted = PolicyJob(1, 1, 6, OnExitCodeRules());
  already_target_deleted.initial = {.set = true,
                                    .conditions = {PolicyCondition("FailureTarget", deleted_pod_message)}};
  JobSetup indexed = PolicyJob(1, 1, 6, OnExitCodeRules());
  indexed.completion_mode = "Indexed";
  const std::string multi_message =
      "Container main-container for pod default/mypod-1 failed with exit code 5 matching FailJob rule at index 1";
  const PodShape failed_exit5{.containers = {Exited("main-container", 5)}};
  const std::vector<Row> rows = {
      {.name = "default handling for pod failure if the container matching the exit codes does not match the "
               "containerName restriction",
       .job = PolicyJob(1, 1, 6,
                        Policy({ExitCodesRule("Ignore", "In", "[1, 2, 3]", "main-container"),
                                ExitCodesRule("FailJob", "In", "[5, 6, 7]", "main-container")})),
       .pods = {.given = {GivenPod({.containers = {Exited("monitoring-container", 5),
                                                   Exited("main-container", 42, kLongAgo)}})}},
       .want = {.creations = 1, .active = 1, .failed = 1, .patches = 1}},
      {.name = "running pod should not result in job fail based on OnExitCodes",
       .job = PolicyJob(1, 1, 6, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.phase = "Running", .containers = {Exited("main-container", 5)}})}},
       .want = {.active = 1}},
      {.name = "fail job based on OnExitCodes", .job = PolicyJob(1, 1, 6, OnExitCodeRules()),
       .pods = {.given = {GivenPod(failed_exit5)}},
       .want = {.failed = 1,
                .conditions = {PolicyCondition("FailureTarget", kExit5Message), PolicyCondition("Failed", kExit5Message)},
                .patches = 1, .events = std::vector<std::string>{"Warning PodFailurePolicy " + kExit5Message}}},
      {.name = "job marked already as failure target with failed pod", .job = already_target,
       .pods = {.given = {GivenPod(failed_exit5)}},
       .want = {.failed = 1,
                .conditions = {PolicyCondition("FailureTarget", kExit5Message), PolicyCondition("Failed", kExit5Message)},
                .patches = 1}},
      {.name = "job marked already as failure target with failed pod, message based on already deleted pod",
       .job = already_target_deleted, .pods = {.given = {GivenPod(failed_exit5)}},
       .want = {.failed = 1,
                .conditions = {PolicyCondition("FailureTarget", deleted_pod_message),
                               PolicyCondition("Failed", deleted_pod_message)},
                .patches = 1}},
      {.name = "fail job with multiple pods", .job = PolicyJob(2, 2, 6, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.phase = "Running"}), GivenPod(failed_exit5)}},
       .want = {.deletions = 1, .failed = 2,
                .conditions = {PolicyCondition("FailureTarget", multi_message), PolicyCondition("Failed", multi_message)},
                .patches = 2}},
      {.name = "fail job with multiple pods; JobManagedBy enabled delays setting terminal condition",
       .gates = managed_by, .job = PolicyJob(2, 2, 6, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.phase = "Running"}), GivenPod(failed_exit5)}},
       .want = {.deletions = 1, .failed = 2, .conditions = {PolicyCondition("FailureTarget", multi_message)},
                .patches = 2, .events = std::vector<std::string>{}}},
      {.name = "fail indexed job based on OnExitCodes", .job = indexed, .pods = {.given = {GivenPod(failed_exit5)}},
       .want = {.failed = 1,
                .conditions = {PolicyCondition("FailureTarget", kExit5Message), PolicyCondition("Failed", kExit5Message)},
                .patches = 1}},
      {.name = "fail job based on OnExitCodes with NotIn operator",
       .job = PolicyJob(1, 1, 6, Policy({ExitCodesRule("FailJob", "NotIn", "[5, 6, 7]")})),
       .pods = {.given = {GivenPod({.containers = {Exited("main-container", 42)}})}},
       .want = {.failed = 1,
                .conditions =
                    {PolicyCondition("FailureTarget", "Container main-container for pod default/mypod-0 failed with "
                                                      "exit code 42 matching FailJob rule at index 0"),
                     PolicyCondition("Failed", "Container main-container for pod default/mypod-0 failed with exit "
                                               "code 42 matching FailJob rule at index 0")},
                .patches = 1}},
      {.name = "default handling job based on OnExitCodes with NotIn operator",
       .job = PolicyJob(1, 1, 6, Policy({ExitCodesRule("FailJob", "NotIn", "[5, 6, 7]")})),
       .pods = {.given = {GivenPod({.containers = {Exited("main-container", 5, kLongAgo)}})}},
       .want = {.creations = 1, .active = 1, .failed = 1, .patches = 1}},
      {.name = "fail job based on OnExitCodes for InitContainer", .job = PolicyJob(1, 1, 6, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.containers = {Exited("main-container", 143)},
                                    .init_containers = {Exited("init-container", 5)}})}},
       .want = {.failed = 1,
                .conditions =
                    {PolicyCondition("FailureTarget", "Container init-container for pod default/mypod-0 failed with "
                                                      "exit code 5 matching FailJob rule at index 1"),
                     PolicyCondition("Failed", "Container init-container for pod default/mypod-0 failed with exit "
                                               "code 5 matching FailJob rule at index 1")},
                .patches = 1}},
      {.name = "ignore pod failure; both rules are matching, the first is executed only",
       .job = PolicyJob(1, 1, 0, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.containers = {Exited("container1", 2), Exited("container2", 6)}})}},
       .want = {.creations = 1, .active = 1, .patches = 1}},
      {.name = "ignore pod failure based on OnExitCodes", .job = PolicyJob(1, 1, 0, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.containers = {Exited("", 1)}})}},
       .want = {.creations = 1, .active = 1, .patches = 1}},
      {.name = "default job based on OnExitCodes", .job = PolicyJob(1, 1, 0, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.containers = {Exited("", 10)}})}},
       .want = {.failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "default job based on OnExitCodes; JobManagedBy enabled triggers adding interim condition",
       .gates = managed_by, .job = PolicyJob(1, 1, 0, OnExitCodeRules()),
       .pods = {.given = {GivenPod({.containers = {Exited("", 10)}})}},
       .want = {.failed = 1, .conditions = {kBackoffTarget, kBackoffFailed}, .patches = 1}},
      {.name = "count pod failure based on OnExitCodes; both rules are matching, the first is executed only",
       .job = PolicyJob(1, 1, 6, Policy({ExitCodesRule("Count", "In", "[1, 2]"), ExitCodesRule("Ignore", "In", "[2, 3]")})),
       .pods = {.given = {GivenPod({.containers = {Exited("", 2, kLongAgo)}})}},
       .want = {.creations = 1, .active = 1, .failed = 1, .patches = 1}},
      {.name = "count pod failure based on OnPodConditions; both rules are matching, the first is executed only",
       .job = PolicyJob(1, 1, 6,
                        Policy({ConditionRule("Count", "ResourceLimitExceeded"), ConditionRule("Ignore", "DisruptionTarget")})),
       .pods = {.given = {GivenPod({.containers = {Exited("", 0, kLongAgo)},
                                    .conditions = {{"ResourceLimitExceeded", "True"}, {"DisruptionTarget", "True"}}})}},
       .want = {.creations = 1, .active = 1, .failed = 1, .patches = 1}},
      {.name = "ignore pod failure based on OnPodConditions",
       .job = PolicyJob(1, 1, 0, Policy({ConditionRule("Ignore", "DisruptionTarget")})),
       .pods = {.given = {GivenPod({.conditions = {{"DisruptionTarget", "True"}}})}},
       .want = {.creations = 1, .active = 1, .patches = 1}},
      {.name = "ignore pod failure based on OnPodConditions, ignored failures delays pod recreation",
       .job = PolicyJob(1, 1, 0, Policy({ConditionRule("Ignore", "DisruptionTarget")})),
       .pods = {.given = {GivenPod({.conditions = {{"DisruptionTarget", "True"}}, .deleting = true})}},
       .want = {.patches = 1, .requeue_after_ms = 10'000}},
      {.name = "fail job based on OnPodConditions",
       .job = PolicyJob(1, 1, 6, Policy({ConditionRule("FailJob", "DisruptionTarget")})),
       .pods = {.given = {GivenPod({.conditions = {{"DisruptionTarget", "True"}}})}},
       .want = {.failed = 1,
                .conditions = {PolicyCondition("FailureTarget",
                                               "Pod default/mypod-0 has condition DisruptionTarget matching FailJob "
                                               "rule at index 0"),
                               PolicyCondition("Failed",
                                               "Pod default/mypod-0 has condition DisruptionTarget matching FailJob "
                                               "rule at index 0")},
                .patches = 1,
                .events = std::vector<std::string>{"Warning PodFailurePolicy Pod default/mypod-0 has condition "
                                                   "DisruptionTarget matching FailJob rule at index 0"}}},
      {.name = "terminating Pod not considered failed when JobPodFailurePolicy is enabled and used",
       .job = PolicyJob(1, -1, 0, Policy({ConditionRule("Count", "DisruptionTarget")})),
       .pods = {.given = {GivenPod({.phase = "", .deleting = true})}}, .want = {}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CheckOutcome(row.want, RunSync(row, RulesFor(row.gates))); }
  }
}
