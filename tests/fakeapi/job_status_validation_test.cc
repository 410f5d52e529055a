// Writes to a Job's status subresource (fakeapi/job_status_validation.h):
// the strict transition rules with JobManagedBy on, each firing only when its
// fields change, and the rules of every release. Rows re-describe
// pkg/registry/batch/job/strategy_test.go TestStatusStrategy_ValidateUpdate;
// the expected causes are upstream's messages.
#include "fakeapi/job_status_validation.h"
#include "tests/support/cause_texts.h"

#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

namespace {

constexpr UnixMs kT0 = 1735689600000;  // 2025-01-01T00:00:00Z
constexpr int64_t kSecond = 1000;

Condition True(const std::string& type) {
  Condition c;
  c.type = type;
  c.status = "True";
  c.last_probe_time = c.last_transition_time = kT0;
  return c;
}

Condition WithStatus(const std::string& type, const std::string& status) {
  Condition c = True(type);
  c.status = status;
  return c;
}

// A running NonIndexed Job: completions 1, parallelism 1, one active pod, started at t0.
Job Running() {
  Job job;
  job.metadata.name = "pi";
  job.spec.completions = 1;
  job.spec.parallelism = 1;
  job.status.start_time = kT0;
  job.status.active = 1;
  return job;
}

Job Indexed(int32_t completions, int32_t parallelism) {
  Job job = Running();
  job.spec.completion_mode = "Indexed";
  job.spec.completions = completions;
  job.spec.parallelism = parallelism;
  return job;
}

// The old Job finished Complete at t0 + 10 s.
Job Completed(Job job) {
  job.status.active = 0;
  job.status.succeeded = 1;
  job.status.completion_time = kT0 + 10 * kSecond;
  job.status.conditions = {True("SuccessCriteriaMet"), True("Complete")};
  return job;
}

struct Row {
  std::string name;
  Job old;
  std::function<void(Job&)> write;  // the new status, from the old
  std::vector<std::string> want;    // every cause, in order
  bool managed_by = true;           // JobManagedBy on (1.32+)
  bool interim = true;              // the rules of PR #125510 (1.31+)
  bool suspended_exceptions = true;  // PRs #132614 and #134769 (1.32 and 1.33 patch releases)
};

std::vector<std::string> Messages(const FieldErrors& errors) {
  return jobsim::testing::CauseTexts(errors.ToStatus("Job.batch", "pi"));
}

std::vector<std::string> Causes(const Row& row) {
  Job updated = row.old;
  row.write(updated);
  ApiRules rules;
  rules.job_managed_by = row.managed_by;
  rules.job_status_interim_conditions = row.interim;
  rules.job_status_suspended_exceptions = row.suspended_exceptions;
  FieldErrors errors;
  ValidateJobStatusUpdate(row.old, updated, rules, errors);
  return Messages(errors);
}

}  // namespace

TEST_CASE("status writes with JobManagedBy on: upstream's transition rules") {
  const std::vector<Row> rows = {
      {"a plain progress write passes", Running(), [](Job& j) { j.status.ready = 1; }, {}},
      {"the failed counter never decreases",
       [] { Job j = Running(); j.status.failed = 2; return j; }(),
       [](Job& j) { j.status.failed = 1; },
       {"status.failed: Invalid value: 1: cannot decrease the failed counter"}},
      {"the succeeded counter never decreases",
       [] { Job j = Running(); j.status.succeeded = 1; return j; }(),
       [](Job& j) { j.status.succeeded = 0; },
       {"status.succeeded: Invalid value: 0: cannot decrease the succeeded counter"}},
      {"an Indexed Job with completions == parallelism may lose succeeded pods (scaled down)",
       [] { Job j = Indexed(3, 3); j.status.succeeded = 2; return j; }(),
       [](Job& j) { j.status.succeeded = 1; },
       {}},
      {"a terminal condition stays",
       [] { Job j = Running(); j.status.active = 0; j.status.conditions = {True("Failed")}; return j; }(),
       [](Job& j) { j.status.conditions.clear(); },
       {"status.conditions: Invalid value: cannot disable the terminal Failed=True condition"}},
      {"Complete and Failed exclude each other",
       Running(),
       [](Job& j) {
         j.status.active = 0;
         j.status.completion_time = kT0 + kSecond;
         j.status.conditions = {True("Failed"), True("Complete")};
       },
       {"status.conditions: Invalid value: cannot set Complete=True and Failed=true conditions",
        "status.conditions: Invalid value: cannot set Failed=True condition without the FailureTarget=true condition",
        "status.conditions: Invalid value: cannot set Complete=True condition without the SuccessCriteriaMet=true "
        "condition"}},
      {"Complete and FailureTarget exclude each other",
       Running(),
       [](Job& j) {
         j.status.active = 0;
         j.status.completion_time = kT0 + kSecond;
         j.status.conditions = {True("FailureTarget"), True("Complete")};
       },
       {"status.conditions: Invalid value: cannot set Complete=True and FailureTarget=true conditions",
        "status.conditions: Invalid value: cannot set Complete=True condition without the SuccessCriteriaMet=true "
        "condition"}},
      {"Complete needs a completionTime",
       Running(),
       [](Job& j) {
         j.status.active = 0;
         j.status.conditions = {True("SuccessCriteriaMet"), True("Complete")};
       },
       {"status.completionTime: Required value: completionTime is required for Complete jobs"}},
      {"a completionTime needs Complete",
       Running(),
       [](Job& j) { j.status.completion_time = kT0 + 10 * kSecond; },
       {"status.completionTime: Invalid value: 2025-01-01 00:00:10 +0000 UTC: cannot set completionTime when there "
        "is no Complete=True condition"}},
      {"completionTime not before startTime",
       Running(),
       [](Job& j) {
         j.status.active = 0;
         j.status.completion_time = kT0 - kSecond;
         j.status.conditions = {True("SuccessCriteriaMet"), True("Complete")};
       },
       {"status.completionTime: Invalid value: 2024-12-31 23:59:59 +0000 UTC: completionTime cannot be set before "
        "startTime"}},
      {"completionTime never changes",
       Completed(Running()),
       [](Job& j) { j.status.completion_time = kT0 + 20 * kSecond; },
       {"status.completionTime: Invalid value: 2025-01-01 00:00:20 +0000 UTC: completionTime cannot be mutated"}},
      {"a finished Job has no active pods",
       Running(),
       [](Job& j) {
         j.status.completion_time = kT0 + kSecond;
         j.status.conditions = {True("SuccessCriteriaMet"), True("Complete")};
       },
       {"status.active: Invalid value: 1: active>0 is invalid for finished job"}},
      {"Failed comes after FailureTarget",
       [] { Job j = Running(); j.status.active = 0; return j; }(),
       [](Job& j) { j.status.conditions = {True("Failed")}; },
       {"status.conditions: Invalid value: cannot set Failed=True condition without the FailureTarget=true "
        "condition"}},
      {"Complete comes after SuccessCriteriaMet",
       [] { Job j = Running(); j.status.active = 0; return j; }(),
       [](Job& j) {
         j.status.completion_time = kT0 + kSecond;
         j.status.conditions = {True("Complete")};
       },
       {"status.conditions: Invalid value: cannot set Complete=True condition without the SuccessCriteriaMet=true "
        "condition"}},
      {"a Failed Job without FailureTarget is let be until its failedIndexes change (upstream's trigger)",
       [] {
         Job j = Indexed(3, 3);
         j.spec.backoff_limit_per_index = 1;
         j.status.active = 0;
         j.status.conditions = {True("Failed")};
         return j;
       }(),
       [](Job& j) { j.status.failed_indexes = "1"; },
       {"status.conditions: Invalid value: cannot set Failed=True condition without the FailureTarget=true "
        "condition"}},
      {"a Job turning Failed has no terminating pods",
       [] {
         Job j = Running();
         j.status.active = 0;
         j.status.terminating = 1;
         j.status.conditions = {True("FailureTarget")};
         return j;
       }(),
       [](Job& j) { j.status.conditions.push_back(True("Failed")); },
       {"status.terminating: Invalid value: 1: terminating>0 is invalid for finished job"}},
      {"no more ready pods than active",
       Running(),
       [](Job& j) { j.status.ready = 2; },
       {"status.ready: Invalid value: 2: cannot set more ready pods than active"}},
      {"more ready than active, but neither changes: let be",
       [] { Job j = Running(); j.status.ready = 2; return j; }(),
       [](Job& j) { j.status.succeeded = 1; },
       {}},
      {"1.30's alpha JobManagedBy has none of the interim-condition and pod-count rules",
       [] { Job j = Running(); j.status.active = 0; j.status.terminating = 1; return j; }(),
       [](Job& j) {
         j.status.ready = 1;
         j.status.conditions = {True("Failed")};
       },
       {},
       true,
       false},
      {"a finished Job has a startTime",
       [] { Job j = Running(); j.status.start_time.reset(); j.status.active = 0; return j; }(),
       [](Job& j) { j.status.conditions = {True("FailureTarget"), True("Failed")}; },
       {"status.startTime: Required value: startTime is required for finished job"}},
      {"a finished Job has no uncounted pods",
       Running(),
       [](Job& j) {
         j.status.active = 0;
         j.status.uncounted_terminated_pods = UncountedTerminatedPods{{"a"}, {}};
         j.status.conditions = {True("FailureTarget"), True("Failed")};
       },
       {"status.uncountedTerminatedPods: Invalid value: batch.UncountedTerminatedPods{Succeeded:[]types.UID{\"a\"}, "
        "Failed:[]types.UID(nil)}: uncountedTerminatedPods needs to be empty for finished job"}},
      {"startTime of an unsuspended Job stays",
       Running(),
       [](Job& j) { j.status.start_time = kT0 + 5 * kSecond; },
       {"status.startTime: Required value: startTime cannot be removed for unsuspended job"}},
      {"completedIndexes parse below completions",
       Indexed(3, 3),
       [](Job& j) { j.status.completed_indexes = "0-5"; },
       {"status.completedIndexes: Invalid value: \"0-5\": error parsing completedIndexes: too large index: \"5\""}},
      {"completedIndexes only for Indexed Jobs",
       Running(),
       [](Job& j) { j.status.completed_indexes = "0"; },
       {"status.completedIndexes: Invalid value: \"0\": cannot set non-empty completedIndexes when non-indexed "
        "completion mode"}},
      {"failedIndexes only with backoffLimitPerIndex",
       Indexed(3, 3),
       [](Job& j) { j.status.failed_indexes = "1"; },
       {"status.failedIndexes: Invalid value: \"1\": cannot set non-null failedIndexes when backoffLimitPerIndex is "
        "null"}},
      {"failedIndexes and completedIndexes are disjoint",
       [] { Job j = Indexed(5, 5); j.spec.backoff_limit_per_index = 1; return j; }(),
       [](Job& j) {
         j.status.completed_indexes = "0-2";
         j.status.failed_indexes = "2,4";
       },
       {"status.failedIndexes: Invalid value: \"2,4\": failedIndexes and completedIndexes overlap at index: 2"}},
      {"a rule fires only when its fields change: an old bad active count is let be",
       [] { Job j = Completed(Running()); j.status.active = 1; return j; }(),
       [](Job& j) { j.status.ready = 0; },
       {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(Causes(row) == row.want);
  }
}

namespace {

// Created suspended with completions 0: never started, nothing to run.
Job SuspendedWithZeroCompletions() {
  Job job = Running();
  job.spec.suspend = true;
  job.spec.completions = 0;
  job.status.start_time.reset();
  job.status.active = 0;
  job.status.conditions = {True("Suspended")};
  return job;
}

void CompleteAt10s(Job& job) {
  job.status.completion_time = kT0 + 10 * kSecond;
  job.status.conditions.push_back(True("SuccessCriteriaMet"));
  job.status.conditions.push_back(True("Complete"));
}

// Started, suspended, and resumed by the user: the controller's next write.
Job ResumedBySpec() {
  Job job = Running();
  job.spec.suspend = false;
  job.status.active = 0;
  job.status.conditions = {True("Suspended")};
  return job;
}

}  // namespace

// getStatusValidationOptions in the 1.32 and 1.33 patch releases
// (pkg/registry/batch/job/strategy.go: isSuspendedWithZeroCompletions,
// isJobResuming); strategy_test.go "valid transition to Complete for suspended
// Job with completions=0; without startTime" and "verify startTime can be
// updated when resuming job (JobSuspended: True -> False)".
TEST_CASE("status writes with JobManagedBy on: the exceptions for suspended Jobs") {
  const std::vector<Row> rows = {
      {"a suspended Job with completions 0 completes without a startTime (kubernetes#132614)",
       SuspendedWithZeroCompletions(), CompleteAt10s, {}},
      {"before the fix the controller's Complete write is refused (kubernetes#132144, 1.31 with the gate)",
       SuspendedWithZeroCompletions(),
       CompleteAt10s,
       {"status.startTime: Required value: startTime is required for finished job"},
       true,
       true,
       false},
      {"a Job with completions 0 that is not suspended still needs a startTime",
       [] { Job j = SuspendedWithZeroCompletions(); j.spec.suspend = false; return j; }(),
       CompleteAt10s,
       {"status.startTime: Required value: startTime is required for finished job"}},
      {"a resuming Job (Suspended True -> False) restarts its clock (kubernetes#134769)",
       ResumedBySpec(),
       [](Job& j) {
         j.status.start_time = kT0 + 5 * kSecond;
         j.status.conditions = {WithStatus("Suspended", "False")};
       },
       {}},
      {"before the fix the controller's resume write is refused (kubernetes#134521)",
       ResumedBySpec(),
       [](Job& j) {
         j.status.start_time = kT0 + 5 * kSecond;
         j.status.conditions = {WithStatus("Suspended", "False")};
       },
       {"status.startTime: Required value: startTime cannot be removed for unsuspended job"},
       true,
       true,
       false},
      {"a new startTime while Suspended stays True is refused: the exception is for the resume write",
       ResumedBySpec(),
       [](Job& j) { j.status.start_time = kT0 + 5 * kSecond; },
       {"status.startTime: Required value: startTime cannot be removed for unsuspended job"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(Causes(row) == row.want);
  }
}

TEST_CASE("status writes in every release: counters, uncounted UIDs, SuccessCriteriaMet") {
  const std::vector<Row> rows = {
      {"counters are not negative",
       Running(),
       [](Job& j) { j.status.ready = -1; },
       {"status.ready: Invalid value: -1: must be greater than or equal to 0"},
       false},
      {"uncounted UIDs are not empty and appear once",
       Running(),
       [](Job& j) { j.status.uncounted_terminated_pods = UncountedTerminatedPods{{""}, {"a", "a"}}; },
       {"status.uncountedTerminatedPods.succeeded[0]: Invalid value: \"\": must not be empty",
        "status.uncountedTerminatedPods.failed[1]: Duplicate value: \"a\""},
       false},
      {"without JobManagedBy the failed counter may decrease",
       [] { Job j = Running(); j.status.failed = 2; return j; }(),
       [](Job& j) { j.status.failed = 1; },
       {},
       false},
      {"SuccessCriteriaMet and Failed exclude each other",
       Running(),
       [](Job& j) { j.status.conditions = {True("SuccessCriteriaMet"), True("Failed")}; },
       {"status.conditions: Invalid value: cannot set SuccessCriteriaMet=True and Failed=true conditions"},
       false},
      {"SuccessCriteriaMet stays",
       [] { Job j = Running(); j.status.conditions = {True("SuccessCriteriaMet")}; return j; }(),
       [](Job& j) { j.status.conditions.clear(); },
       {"status.conditions: Invalid value: cannot disable the SuccessCriteriaMet=True condition"},
       false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(Causes(row) == row.want);
  }
}

TEST_CASE("SuccessCriteriaMet on a NonIndexed Job needs JobManagedBy or JobPodReplacementPolicy") {
  const Job old = Running();
  Job updated = old;
  updated.status.conditions = {True("SuccessCriteriaMet")};
  ApiRules rules;
  rules.job_managed_by = false;
  rules.job_pod_replacement_policy = false;
  FieldErrors errors;
  ValidateJobStatusUpdate(old, updated, rules, errors);
  CHECK(Messages(errors) == std::vector<std::string>{
                   "status.conditions: Invalid value: cannot set SuccessCriteriaMet to NonIndexed Job",
                   "status.conditions: Invalid value: cannot set SuccessCriteriaMet=True for Job without SuccessPolicy"});
  rules.job_pod_replacement_policy = true;
  FieldErrors none;
  ValidateJobStatusUpdate(old, updated, rules, none);
  CHECK(none.empty());
}
