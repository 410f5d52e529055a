// Table tests of one sync (upstream pkg/controller/job/job_controller_test.go:
// TestControllerSyncJob, TestSyncJobPastDeadline, TestJobBackoffForOnFailure,
// TestJobBackoffOnRestartPolicyNever, and the 1.3 jobcontroller_test.go).
// Row names are upstream's. TestSyncJobWithJobPodFailurePolicy is in
// pod_failure_policy_test.cc, TestSyncJobWithJobSuccessPolicy in
// success_policy_test.cc.
#include <catch2/catch.hpp>

#include "tests/controller/sync_harness.h"

using namespace jobsim;
using namespace jobsim::controller;
using namespace jobsim::controller::test;

namespace {

const Cond kBackoffFailed{"Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit"};
const Cond kBackoffTarget{"FailureTarget", "True", "BackoffLimitExceeded",
                          "Job has reached the specified backoff limit"};
const Cond kDeadlineFailed{"Failed", "True", "DeadlineExceeded", "Job was active longer than specified deadline"};
const Cond kDeadlineTarget{"FailureTarget", "True", "DeadlineExceeded",
                           "Job was active longer than specified deadline"};
const Cond kSuspended{"Suspended", "True", "JobSuspended", "Job suspended"};
const Cond kComplete{"Complete"};
const Cond kSuccessCriteriaMet{"SuccessCriteriaMet"};

void RunRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CheckOutcome(row.want, RunSync(row, RulesFor(row.gates))); }
  }
}

}  // namespace

TEST_CASE("TestControllerSyncJob: one sync of a NonIndexed Job") {
  const Gates prp{.pod_replacement_policy = true};
  RunRows({
      {.name = "job start", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .want = {.creations = 2, .active = 2}},
      {.name = "WQ job start", .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6},
       .want = {.creations = 2, .active = 2}},
      {.name = "pending pods", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.pending = 2}, .want = {.active = 2}},
      {.name = "correct # of pods", .job = {.parallelism = 3, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 3, .ready = 2}, .want = {.active = 3, .ready = 2}},
      {.name = "WQ job: correct # of pods", .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6},
       .pods = {.running = 2}, .want = {.active = 2}},
      {.name = "too few active pods", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 1, .succeeded = 1},
       .want = {.creations = 1, .active = 2, .succeeded = 1, .patches = 1}},
      {.name = "WQ job: recreate pods when failed", .gates = prp,
       .job = {.parallelism = 1, .completions = -1, .backoff_limit = 6, .replacement_policy = "Failed"},
       .pods = {.running = 1, .failed = 1, .terminating = 1},
       .want = {.active = 1, .failed = 1, .terminating = 1, .patches = 1}},
      {.name = "WQ job: turn on PodReplacementPolicy but not set PodReplacementPolicy", .gates = prp,
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6},
       .pods = {.running = 1, .failed = 1, .terminating = 1},
       .want = {.active = 1, .failed = 2, .terminating = 1, .patches = 2}},
      {.name = "WQ job: recreate pods when terminating or failed", .gates = prp,
       .job = {.parallelism = 1, .completions = -1, .backoff_limit = 6, .replacement_policy = "TerminatingOrFailed"},
       .pods = {.running = 1, .failed = 1, .terminating = 1},
       .want = {.active = 1, .failed = 2, .terminating = 1, .patches = 2}},
      {.name = "more terminating pods than parallelism", .gates = prp,
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .replacement_policy = "Failed"},
       .pods = {.running = 2, .terminating = 4},
       .want = {.deletions = 1, .active = 1, .terminating = 5, .patches = 1}},
      {.name = "more terminating pods than parallelism; PodFailurePolicy used",
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .pod_failure_policy = api::Json::object()},
       .pods = {.running = 2, .terminating = 4}, .want = {.deletions = 1, .active = 1, .patches = 1}},
      {.name = "too few active pods and active back-off",
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .initial = {.set = true}},
       .control = {.backoff = BackoffRecord{1, kEpoch}},
       .want = {.requeue_after_ms = 10'000}},
      {.name = "too few active pods and no back-offs", .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6},
       .control = {.backoff = BackoffRecord{0, kEpoch}}, .want = {.creations = 1, .active = 1}},
      {.name = "too few active pods with a dynamic job",
       .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6}, .pods = {.running = 1},
       .want = {.creations = 1, .active = 2}},
      {.name = "too few active pods, with controller error",
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6}, .pods = {.running = 1, .succeeded = 1},
       .control = {.pod_error = true}, .want = {.creations = 1, .active = 1, .patches = 1, .error = true}},
      {.name = "too many active pods", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 3}, .want = {.deletions = 1, .active = 2, .patches = 1}},
      {.name = "too many active pods; PodReplacementPolicy enabled", .gates = prp,
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6}, .pods = {.running = 3},
       .want = {.deletions = 1, .active = 2, .terminating = 1, .patches = 1}},
      {.name = "too many active pods, with controller error",
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6}, .pods = {.running = 3},
       .control = {.pod_error = true}, .want = {.active = 3, .patches = 1, .error = true}},
      {.name = "count ready pods when too many active pods",
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6}, .pods = {.running = 3, .ready = 3},
       .want = {.deletions = 1, .active = 2, .ready = 2, .patches = 1}},
      {.name = "failed + succeed pods: reset backoff delay",
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 1, .succeeded = 1, .failed = 1},
       .want = {.creations = 1, .active = 2, .succeeded = 1, .failed = 1, .patches = 2}},
      {.name = "new failed pod", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 1, .failed = 1}, .want = {.creations = 1, .active = 2, .failed = 1, .patches = 1}},
      {.name = "no new pod; possible finalizer update of failed pod",
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6,
               .initial = {.set = true, .active = 1, .failed = 1}},
       .pods = {.running = 1}, .want = {.active = 1, .failed = 1}},
      {.name = "only new failed pod with controller error",
       .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6}, .pods = {.running = 1, .failed = 1},
       .control = {.pod_error = true}, .want = {.creations = 1, .active = 1, .patches = 1, .error = true}},
      {.name = "job finish", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.succeeded = 5},
       .want = {.succeeded = 5, .conditions = {kComplete}, .patches = 5,
                .events = std::vector<std::string>{"Normal Completed Job completed"}}},
      {.name = "WQ job finishing", .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6},
       .pods = {.running = 1, .succeeded = 1}, .want = {.active = 1, .succeeded = 1, .patches = 1}},
      {.name = "WQ job all finished", .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6},
       .pods = {.succeeded = 2}, .want = {.succeeded = 2, .conditions = {kComplete}, .patches = 2}},
      {.name = "WQ job all finished despite one failure",
       .job = {.parallelism = 2, .completions = -1, .backoff_limit = 6}, .pods = {.succeeded = 1, .failed = 1},
       .want = {.succeeded = 1, .failed = 1, .conditions = {kComplete}, .patches = 2}},
      {.name = "more active pods than parallelism", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 10}, .want = {.deletions = 8, .active = 2, .patches = 8}},
      {.name = "more active pods than remaining completions",
       .job = {.parallelism = 3, .completions = 4, .backoff_limit = 6}, .pods = {.running = 3, .succeeded = 2},
       .want = {.deletions = 1, .active = 2, .succeeded = 2, .patches = 3}},
      {.name = "status change", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6},
       .pods = {.running = 2, .succeeded = 2}, .want = {.active = 2, .succeeded = 2, .patches = 2}},
      {.name = "deleting job", .job = {.parallelism = 2, .completions = 5, .backoff_limit = 6, .deleting = true},
       .pods = {.pending = 1, .running = 1, .succeeded = 1}, .want = {.active = 2, .succeeded = 1, .patches = 3}},
      {.name = "limited pods", .job = {.parallelism = 100, .completions = 200, .backoff_limit = 6},
       .control = {.pod_limit = 10}, .want = {.creations = 10, .active = 10, .error = true}},
      {.name = "too many job failures", .job = {.parallelism = 2, .completions = 5, .deleting = true},
       .pods = {.failed = 1},
       .want = {.failed = 1, .conditions = {kBackoffFailed}, .patches = 1,
                .events = std::vector<std::string>{
                    "Warning BackoffLimitExceeded Job has reached the specified backoff limit"}}},
      {.name = "job failures, unsatisfied expectations", .job = {.parallelism = 2, .completions = 5, .deleting = true},
       .pods = {.failed = 1}, .control = {.expectation = 1}, .want = {.failed = 1, .patches = 1}},
      {.name = "count ready pods when job fails", .job = {.parallelism = 2, .completions = 3},
       .pods = {.running = 2, .ready = 2, .failed = 1},
       .want = {.deletions = 2, .failed = 3, .conditions = {kBackoffFailed}, .patches = 3}},
      {.name = "suspending a job with satisfied expectations",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true}, .pods = {.running = 2},
       .want = {.deletions = 2, .conditions = {kSuspended}, .patches = 2,
                .events = std::vector<std::string>{"Normal Suspended Job suspended"}}},
      {.name = "suspending a job with satisfied expectations; PodReplacementPolicy enabled", .gates = prp,
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true}, .pods = {.running = 2},
       .want = {.deletions = 2, .terminating = 2, .conditions = {kSuspended}, .patches = 2}},
      {.name = "count ready pods when suspending a job with satisfied expectations",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true},
       .pods = {.running = 2, .ready = 2}, .want = {.deletions = 2, .conditions = {kSuspended}, .patches = 2}},
      {.name = "suspending a job with unsatisfied expectations",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true}, .pods = {.running = 3},
       .control = {.expectation = -1}, .want = {.active = 3}},
      {.name = "count ready pods when suspending a job with unsatisfied expectations",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true},
       .pods = {.running = 3, .ready = 3}, .control = {.expectation = -1}, .want = {.active = 3, .ready = 3}},
      {.name = "suspending a job with unsatisfied expectations; PodReplacementPolicy enabled", .gates = prp,
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .suspend = true}, .pods = {.running = 3},
       .control = {.expectation = -1}, .want = {.active = 3, .terminating = 0}},
      {.name = "resuming a suspended job",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .was_suspended = true},
       .want = {.creations = 2, .active = 2, .conditions = {{"Suspended", "False", "JobResumed", "Job resumed"}},
                .events = std::vector<std::string>{"Normal Resumed Job resumed"}}},
      {.name = "suspending a deleted job",
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .deleting = true, .suspend = true},
       .pods = {.running = 2}, .want = {.active = 2, .patches = 2}},
      {.name = "suspending a deleted job; PodReplacementPolicy enabled", .gates = prp,
       .job = {.parallelism = 2, .completions = 4, .backoff_limit = 6, .deleting = true, .suspend = true},
       .pods = {.running = 2}, .want = {.active = 2, .terminating = 0, .patches = 2}},
      {.name = "FailureTarget=False condition added manually is ignored",
       .job = {.parallelism = 1, .completions = 1,
               .initial = {.set = true, .active = 1,
                           .conditions = {{"FailureTarget", "False", "ConditionAddedManually", "Testing"}}}},
       .pods = {.running = 1, .ready = 1},
       .want = {.active = 1, .ready = 1,
                .conditions = {{"FailureTarget", "False", "ConditionAddedManually", "Testing"}}}},
      {.name = "SuccessCriteriaMet=False condition added manually is ignored", .gates = {.success_policy = true},
       .job = {.parallelism = 1, .completions = 1,
               .initial = {.set = true, .active = 1,
                           .conditions = {{"SuccessCriteriaMet", "False", "ConditionAddedManually", "Testing"}}}},
       .pods = {.running = 1, .ready = 1},
       .want = {.active = 1, .ready = 1,
                .conditions = {{"SuccessCriteriaMet", "False", "ConditionAddedManually", "Testing"}}}},
  });
}

TEST_CASE("TestControllerSyncJob: limited pods stop after the first failing slow-start batch") {
  const Row row{.name = "limited pods", .job = {.parallelism = 100, .completions = 200, .backoff_limit = 6},
                .control = {.pod_limit = 10}};
  const Outcome out = RunSync(row, RulesFor({}));
  CHECK(out.client.create_calls == 1 + 2 + 4 + 8);
}

TEST_CASE("TestSyncJobPastDeadline: activeDeadlineSeconds in one sync") {
  const Gates prp{.pod_replacement_policy = true};
  const Gates mb{.managed_by = true};
  RunRows({
      {.name = "activeDeadlineSeconds less than single pod execution",
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .active_deadline_s = 10,
               .started_ago_s = 15},
       .pods = {.running = 1},
       .want = {.deletions = 1, .failed = 1, .conditions = {kDeadlineFailed}, .patches = 1,
                .events = std::vector<std::string>{
                    "Warning DeadlineExceeded Job was active longer than specified deadline"}}},
      {.name = "activeDeadlineSeconds bigger than single pod execution",
       .job = {.parallelism = 1, .completions = 2, .backoff_limit = 6, .active_deadline_s = 10,
               .started_ago_s = 15},
       .pods = {.running = 1, .succeeded = 1},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .conditions = {kDeadlineFailed}, .patches = 2}},
      {.name = "activeDeadlineSeconds times-out before any pod starts",
       .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .active_deadline_s = 10,
               .started_ago_s = 10},
       .want = {.conditions = {kDeadlineFailed}}},
      {.name = "activeDeadlineSeconds with backofflimit reach",
       .job = {.parallelism = 1, .completions = 1, .active_deadline_s = 1, .started_ago_s = 10},
       .pods = {.failed = 1}, .want = {.failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "activeDeadlineSeconds is not triggered when Job is suspended",
       .job = {.parallelism = 1, .completions = 2, .backoff_limit = 6, .suspend = true, .active_deadline_s = 10,
               .started_ago_s = 15},
       .want = {.conditions = {kSuspended}}},
      {.name = "activeDeadlineSeconds exceeded; JobPodReplacementPolicy enabled", .gates = prp,
       .job = {.parallelism = 1, .completions = 2, .backoff_limit = 6, .active_deadline_s = 10,
               .started_ago_s = 15},
       .pods = {.running = 1, .succeeded = 1},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .terminating = 1, .conditions = {kDeadlineTarget},
                .patches = 2, .events = std::vector<std::string>{}}},
      {.name = "activeDeadlineSeconds exceeded; JobManagedBy enabled", .gates = mb,
       .job = {.parallelism = 1, .completions = 2, .backoff_limit = 6, .active_deadline_s = 10,
               .started_ago_s = 15},
       .pods = {.running = 1, .succeeded = 1},
       .want = {.deletions = 1, .succeeded = 1, .failed = 1, .conditions = {kDeadlineTarget}, .patches = 2}},
      {.name = "activeDeadlineSeconds exceeded and backofflimit reached; JobManagedBy enabled", .gates = mb,
       .job = {.parallelism = 1, .completions = 1, .active_deadline_s = 1, .started_ago_s = 10},
       .pods = {.failed = 1},
       .want = {.failed = 1, .conditions = {kBackoffTarget, kBackoffFailed}, .patches = 1}},
  });
}

TEST_CASE("a Job with time left on its deadline is synced again when it runs out") {
  const Row row{.name = "deadline ahead",
                .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .active_deadline_s = 10,
                        .started_ago_s = 4},
                .pods = {.running = 1},
                .want = {.active = 1, .requeue_after_ms = 6'000}};
  CheckOutcome(row.want, RunSync(row, RulesFor({})));
}

TEST_CASE("TestJobBackoffForOnFailure: restart counts against backoffLimit") {
  const Gates prp{.pod_replacement_policy = true};
  const Gates mb{.managed_by = true};
  auto on_failure = [](int32_t p, int32_t c, int32_t bl, bool suspend = false) {
    return JobSetup{.parallelism = p, .completions = c, .backoff_limit = bl, .suspend = suspend,
                    .restart_policy = "OnFailure"};
  };
  auto pods = [](std::vector<int32_t> restarts, const char* phase) {
    return PodSetup{.restart_counts = std::move(restarts), .restart_phase = phase};
  };
  RunRows({
      {.name = "backoffLimit 0 should have 1 pod active", .job = on_failure(1, 1, 0), .pods = pods({0}, "Running"),
       .want = {.active = 1}},
      {.name = "backoffLimit 1 with restartCount 0 should have 1 pod active", .job = on_failure(1, 1, 1),
       .pods = pods({0}, "Running"), .want = {.active = 1}},
      {.name = "backoffLimit 1 with restartCount 1 and podRunning should have 0 pod active",
       .job = on_failure(1, 1, 1), .pods = pods({1}, "Running"),
       .want = {.deletions = 1, .failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "backoffLimit 1 with restartCount 1 and podPending should have 0 pod active",
       .job = on_failure(1, 1, 1), .pods = pods({1}, "Pending"),
       .want = {.deletions = 1, .failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "too many job failures with podRunning - single pod", .job = on_failure(1, 5, 2),
       .pods = pods({2}, "Running"),
       .want = {.deletions = 1, .failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "too many job failures with podPending - single pod", .job = on_failure(1, 5, 2),
       .pods = pods({2}, "Pending"),
       .want = {.deletions = 1, .failed = 1, .conditions = {kBackoffFailed}, .patches = 1}},
      {.name = "too many job failures with podRunning - multiple pods", .job = on_failure(2, 5, 2),
       .pods = pods({1, 1}, "Running"),
       .want = {.deletions = 2, .failed = 2, .conditions = {kBackoffFailed}, .patches = 2}},
      {.name = "too many job failures with podPending - multiple pods", .job = on_failure(2, 5, 2),
       .pods = pods({1, 1}, "Pending"),
       .want = {.deletions = 2, .failed = 2, .conditions = {kBackoffFailed}, .patches = 2}},
      {.name = "not enough failures", .job = on_failure(2, 5, 3), .pods = pods({1, 1}, "Running"),
       .want = {.active = 2}},
      {.name = "suspending a job", .job = on_failure(2, 4, 6, true), .pods = pods({1, 1}, "Running"),
       .want = {.deletions = 2, .conditions = {kSuspended}, .patches = 2}},
      {.name = "finished job", .job = on_failure(2, 4, 6, true), .pods = pods({1, 1, 2, 0}, "Succeeded"),
       .want = {.succeeded = 4, .conditions = {kComplete}, .patches = 4}},
      {.name = "finished job; JobPodReplacementPolicy enabled", .gates = prp, .job = on_failure(2, 4, 6, true),
       .pods = pods({1, 1, 2, 0}, "Succeeded"),
       .want = {.succeeded = 4, .terminating = 0, .conditions = {kSuccessCriteriaMet, kComplete}, .patches = 4}},
      {.name = "finished job; JobManagedBy enabled", .gates = mb, .job = on_failure(2, 4, 6, true),
       .pods = pods({1, 1, 2, 0}, "Succeeded"),
       .want = {.succeeded = 4, .conditions = {kSuccessCriteriaMet, kComplete}, .patches = 4}},
      {.name = "too many job failures with podRunning - multiple pods; JobPodReplacementPolicy enabled",
       .gates = prp, .job = on_failure(2, 5, 2), .pods = pods({1, 1}, "Running"),
       .want = {.deletions = 2, .failed = 2, .terminating = 2, .conditions = {kBackoffTarget}, .patches = 2}},
      {.name = "too many job failures with podRunning - multiple pods; JobManagedBy enabled", .gates = mb,
       .job = on_failure(2, 5, 2), .pods = pods({1, 1}, "Running"),
       .want = {.deletions = 2, .failed = 2, .conditions = {kBackoffTarget}, .patches = 2}},
  });
}

TEST_CASE("TestJobBackoffOnRestartPolicyNever: failed pods against backoffLimit (1.33 rules)") {
  auto never = [](int32_t p, int32_t c, int32_t bl) {
    return JobSetup{.parallelism = p, .completions = c, .backoff_limit = bl, .restart_policy = "Never"};
  };
  const std::vector<Row> rows = {
      {.name = "not enough failures with backoffLimit 0 - single pod", .job = never(1, 1, 0),
       .pods = {.running = 1}, .want = {.active = 1, .terminating = 0}},
      {.name = "not enough failures with backoffLimit 1 - single pod", .job = never(1, 1, 1),
       .pods = {.failed = 1}, .want = {.creations = 1, .active = 1, .failed = 1, .terminating = 0, .patches = 1}},
      {.name = "too many failures with backoffLimit 1 - single pod", .job = never(1, 1, 1), .pods = {.failed = 2},
       .want = {.failed = 2, .terminating = 0, .conditions = {kBackoffTarget, kBackoffFailed}, .patches = 2}},
      {.name = "not enough failures with backoffLimit 6 - multiple pods", .job = never(2, 2, 6),
       .pods = {.running = 1, .failed = 6},
       .want = {.creations = 1, .active = 2, .failed = 6, .terminating = 0, .patches = 6}},
      {.name = "too many failures with backoffLimit 6 - multiple pods", .job = never(2, 2, 6),
       .pods = {.failed = 7},
       .want = {.failed = 7, .terminating = 0, .conditions = {kBackoffTarget, kBackoffFailed}, .patches = 7}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CheckOutcome(row.want, RunSync(row, ControllerRules{})); }
  }
}

TEST_CASE("1.3 TestControllerSyncJob: counts from live pods, no limits (1.3 rules)") {
  auto job = [](int32_t p, int32_t c, bool deleting = false) {
    return JobSetup{.parallelism = p, .completions = c, .deleting = deleting};
  };
  auto pods = [](int pending, int running, int succeeded, int failed) {
    return PodSetup{.pending = pending, .running = running, .succeeded = succeeded, .failed = failed,
                    .legacy = true};
  };
  const std::vector<Cond> complete = {kComplete};
  const std::vector<Row> rows = {
      {.name = "job start", .job = job(2, 5), .pods = pods(0, 0, 0, 0),
       .want = {.creations = 2, .active = 2, .ready = {}}},
      {.name = "WQ job start", .job = job(2, -1), .pods = pods(0, 0, 0, 0),
       .want = {.creations = 2, .active = 2, .ready = {}}},
      {.name = "pending pods", .job = job(2, 5), .pods = pods(2, 0, 0, 0), .want = {.active = 2, .ready = {}}},
      {.name = "correct # of pods", .job = job(2, 5), .pods = pods(0, 2, 0, 0), .want = {.active = 2, .ready = {}}},
      {.name = "WQ job: correct # of pods", .job = job(2, -1), .pods = pods(0, 2, 0, 0),
       .want = {.active = 2, .ready = {}}},
      {.name = "too few active pods", .job = job(2, 5), .pods = pods(0, 1, 1, 0),
       .want = {.creations = 1, .active = 2, .ready = {}, .succeeded = 1}},
      {.name = "too few active pods with a dynamic job", .job = job(2, -1), .pods = pods(0, 1, 0, 0),
       .want = {.creations = 1, .active = 2, .ready = {}}},
      {.name = "too few active pods, with controller error", .job = job(2, 5), .pods = pods(0, 1, 1, 0),
       .control = {.pod_error = true}, .want = {.creations = 1, .active = 1, .ready = {}, .succeeded = 1}},
      {.name = "too many active pods", .job = job(2, 5), .pods = pods(0, 3, 0, 0),
       .want = {.deletions = 1, .active = 2, .ready = {}}},
      {.name = "too many active pods, with controller error", .job = job(2, 5), .pods = pods(0, 3, 0, 0),
       .control = {.pod_error = true}, .want = {.deletions = 1, .active = 3, .ready = {}}},
      {.name = "failed pod", .job = job(2, 5), .pods = pods(0, 1, 1, 1),
       .want = {.creations = 1, .active = 2, .ready = {}, .succeeded = 1, .failed = 1}},
      {.name = "job finish", .job = job(2, 5), .pods = pods(0, 0, 5, 0),
       .want = {.ready = {}, .succeeded = 5, .conditions = complete, .events = std::vector<std::string>{}}},
      {.name = "WQ job finishing", .job = job(2, -1), .pods = pods(0, 1, 1, 0),
       .want = {.active = 1, .ready = {}, .succeeded = 1}},
      {.name = "WQ job all finished", .job = job(2, -1), .pods = pods(0, 0, 2, 0),
       .want = {.ready = {}, .succeeded = 2, .conditions = complete}},
      {.name = "WQ job all finished despite one failure", .job = job(2, -1), .pods = pods(0, 0, 1, 1),
       .want = {.ready = {}, .succeeded = 1, .failed = 1, .conditions = complete}},
      {.name = "more active pods than completions", .job = job(2, 5), .pods = pods(0, 10, 0, 0),
       .want = {.deletions = 8, .active = 2, .ready = {}}},
      {.name = "status change", .job = job(2, 5), .pods = pods(0, 2, 2, 0),
       .want = {.active = 2, .ready = {}, .succeeded = 2}},
      {.name = "deleting job", .job = job(2, 5, true), .pods = pods(1, 1, 1, 0),
       .want = {.active = 2, .ready = {}, .succeeded = 1}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CheckOutcome(row.want, RunSync(row, Rules13())); }
  }
}

TEST_CASE("1.3 TestSyncJobPastDeadline: the deadline fails the Job with a Normal event (1.3 rules)") {
  auto job = [](int32_t p, int32_t c, int64_t ads, int64_t started_ago) {
    return JobSetup{.parallelism = p, .completions = c, .active_deadline_s = ads, .started_ago_s = started_ago};
  };
  const std::vector<std::string> event = {"Normal DeadlineExceeded Job was active longer than specified deadline"};
  const std::vector<Row> rows = {
      {.name = "activeDeadlineSeconds less than single pod execution", .job = job(1, 1, 10, 15),
       .pods = {.running = 1, .legacy = true},
       .want = {.deletions = 1, .ready = {}, .failed = 1, .conditions = {kDeadlineFailed}, .events = event}},
      {.name = "activeDeadlineSeconds bigger than single pod execution", .job = job(1, 2, 10, 15),
       .pods = {.running = 1, .succeeded = 1, .legacy = true},
       .want = {.deletions = 1, .ready = {}, .succeeded = 1, .failed = 1, .conditions = {kDeadlineFailed}}},
      {.name = "activeDeadlineSeconds times-out before any pod starts", .job = job(1, 1, 10, 10),
       .pods = {.legacy = true}, .want = {.ready = {}, .conditions = {kDeadlineFailed}, .events = event}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) { CheckOutcome(row.want, RunSync(row, Rules13())); }
  }
}

TEST_CASE("a finished Job is left alone: no pods created or deleted, no status written") {
  for (const bool legacy : {false, true}) {
    DYNAMIC_SECTION((legacy ? "1.3 rules" : "1.33 rules")) {
      const Row row{.name = "TestSyncPastDeadlineJobFinished",
                    .job = {.parallelism = 1, .completions = 1, .active_deadline_s = 10, .started_ago_s = 15,
                            .initial = {.set = true, .conditions = {kDeadlineFailed}}},
                    .pods = {.running = 1, .legacy = legacy}};
      const Outcome out = RunSync(row, legacy ? Rules13() : RulesFor({}));
      CHECK(out.status.ok());
      CHECK(out.client.created.empty());
      CHECK(out.client.deleted.empty());
      CHECK(out.client.written.empty());
    }
  }
}

TEST_CASE("an existing Failed=False condition is upgraded in place (TestSingleJobFailedCondition)") {
  const Row row{.name = "single failed condition",
                .job = {.parallelism = 1, .completions = 1, .backoff_limit = 6, .active_deadline_s = 10,
                        .started_ago_s = 15,
                        .initial = {.set = true,
                                    .conditions = {{"Failed", "False", "DeadlineExceeded",
                                                    "Job was active longer than specified deadline"}}}},
                .want = {.conditions = {kDeadlineFailed}}};
  const Outcome out = RunSync(row, RulesFor({}));
  CheckOutcome(row.want, out);
  CHECK(out.client.deleted.empty());
}

TEST_CASE("a Job missing from the cache creates and deletes nothing (TestSyncJobDeleted)") {
  ControllerUnderTest under_test(ControllerRules{});
  JobController& controller = under_test.controller;
  FakeClient client;
  CHECK(controller.TEST_SyncJob(kJobKey, client, client).ok());
  CHECK(client.created.empty());
  CHECK(client.deleted.empty());
  CHECK(client.written.empty());
}

TEST_CASE("a failing status write makes the sync fail so that the key is retried (TestSyncJobUpdateRequeue)") {
  for (const bool legacy : {false, true}) {
    DYNAMIC_SECTION((legacy ? "1.3 rules" : "1.33 rules")) {
      ControllerUnderTest under_test(legacy ? Rules13() : ControllerRules{});
      JobController& controller = under_test.controller;
      controller.TEST_PutJob(NewJob({.parallelism = 2, .completions = 2}));
      FakeClient client;
      client.status_error = api::Status::InternalError("fake error");
      CHECK_FALSE(controller.TEST_SyncJob(kJobKey, client, client).ok());
      CHECK(client.created.size() == 2);
    }
  }
}

TEST_CASE("created pods carry the controller reference, the tracking finalizer and generateName") {
  SECTION("1.33 rules") {
    const Outcome out = RunSync({.job = {.parallelism = 1, .completions = 1}}, ControllerRules{});
    REQUIRE(out.client.created.size() == 1);
    const api::Pod& pod = out.client.created[0];
    REQUIRE(pod.metadata.ControllerRef() != nullptr);
    CHECK(*pod.metadata.ControllerRef() == ControllerRefTo(out.job));
    CHECK(pod.metadata.ControllerRef()->api_version == "batch/v1");
    CHECK(pod.metadata.finalizers == std::vector<std::string>{"batch.kubernetes.io/job-tracking"});
    CHECK(pod.metadata.labels == api::StringMap{{"foo", "bar"}});
    CHECK(pod.metadata.annotations.empty());
  }
  SECTION("1.3 rules: no owner, no finalizer, a created-by annotation") {
    const Outcome out = RunSync({.job = {.parallelism = 1, .completions = 1}}, Rules13());
    REQUIRE(out.client.created.size() == 1);
    const api::Pod& pod = out.client.created[0];
    CHECK(pod.metadata.owner_references.empty());
    CHECK(pod.metadata.finalizers.empty());
    CHECK(pod.metadata.annotations.at("kubernetes.io/created-by") ==
          "{\"apiVersion\":\"v1\",\"kind\":\"SerializedReference\",\"reference\":{\"apiVersion\":\"batch/v1\","
          "\"kind\":\"Job\",\"name\":\"foobar\",\"namespace\":\"default\",\"resourceVersion\":\"1\","
          "\"uid\":\"foobar-uid\"}}\n");
  }
}

TEST_CASE("completion waits for active pods, except in 1.3") {
  SECTION("1.33 rules: no Complete while a pod is still active") {
    const Row row{.name = "succeeded pods reached completions, deletion not yet observed",
                  .job = {.parallelism = 2, .completions = 2, .backoff_limit = 6},
                  .pods = {.running = 1, .succeeded = 2},
                  .control = {.expectation = -1},
                  .want = {.active = 1, .succeeded = 2, .patches = 2}};
    CheckOutcome(row.want, RunSync(row, RulesFor({})));
  }
  SECTION("1.3 rules: Complete with a pod still running, and a TooManyActivePods warning") {
    const Row row{.name = "succeeded pods reached completions with a pod running",
                  .job = {.parallelism = 2, .completions = 2},
                  .pods = {.running = 1, .succeeded = 2, .legacy = true},
                  .want = {.active = 1, .ready = {}, .succeeded = 2, .conditions = {kComplete},
                           .events = std::vector<std::string>{
                               "Warning TooManyActivePods Too many active pods running after completion count "
                               "reached"}}};
    CheckOutcome(row.want, RunSync(row, Rules13()));
  }
  SECTION("1.3 rules: more successes than completions warn TooManySucceededPods") {
    const Row row{.name = "more succeeded pods than completions",
                  .job = {.parallelism = 2, .completions = 2},
                  .pods = {.succeeded = 3, .legacy = true},
                  .want = {.ready = {}, .succeeded = 3, .conditions = {kComplete},
                           .events = std::vector<std::string>{
                               "Warning TooManySucceededPods Too many succeeded pods running after completion "
                               "count reached"}}};
    CheckOutcome(row.want, RunSync(row, Rules13()));
  }
}

TEST_CASE("TestControllerSyncJob: one sync of an Indexed Job") {
  const Gates prp{.pod_replacement_policy = true};
  auto indexed = [](int32_t p, int32_t c, int32_t bl, std::optional<std::string> policy = std::nullopt) {
    return JobSetup{.parallelism = p, .completions = c, .backoff_limit = bl, .replacement_policy = policy,
                    .completion_mode = "Indexed"};
  };
  const std::vector<IndexedPod> failing = {{"0", "Succeeded"}, {"1", "Failed"}, {"2", "Running"}};
  RunRows({
      {.name = "indexed job start", .job = indexed(2, 5, 6),
       .want = {.creations = 2, .active = 2, .created_indexes = {0, 1}}},
      {.name = "indexed job with some pods deleted, podReplacementPolicy Failed", .gates = prp,
       .job = indexed(2, 5, 6, "Failed"),
       .pods = {.terminating = 1},
       .want = {.creations = 1, .active = 1, .terminating = 1, .created_indexes = {0}}},
      {.name = "indexed job with some pods deleted, podReplacementPolicy TerminatingOrFailed", .gates = prp,
       .job = indexed(2, 5, 6, "TerminatingOrFailed"),
       .pods = {.terminating = 1},
       .want = {.creations = 2, .active = 2, .terminating = 1, .patches = 1, .created_indexes = {0, 1}}},
      {.name = "indexed job completed", .job = indexed(2, 3, 6),
       .pods = {.indexed = {{"0", "Succeeded"}, {"1", "Failed"}, {"1", "Succeeded"}, {"2", "Succeeded"}}},
       .want = {.succeeded = 3, .failed = 1, .conditions = {kComplete}, .patches = 4, .completed_indexes = "0-2"}},
      {.name = "indexed job failed", .job = indexed(2, 3, 0), .pods = {.indexed = failing},
       .want = {.deletions = 1, .succeeded = 1, .failed = 2, .conditions = {kBackoffFailed}, .patches = 3,
                .completed_indexes = "0"}},
      {.name = "count terminating pods when indexed job fails and PodReplacementPolicy enabled", .gates = prp,
       .job = indexed(2, 3, 0), .pods = {.indexed = failing},
       .want = {.deletions = 1, .succeeded = 1, .failed = 2, .terminating = 1, .conditions = {kBackoffTarget},
                .patches = 3, .completed_indexes = "0"}},
      {.name = "indexed job repeated completed index", .job = indexed(2, 3, 6),
       .pods = {.indexed = {{"0", "Succeeded"}, {"1", "Succeeded"}, {"1", "Succeeded"}}},
       .want = {.creations = 1, .active = 1, .succeeded = 2, .patches = 3, .completed_indexes = "0,1",
                .created_indexes = {2}}},
      {.name = "indexed job some running and completed pods", .job = indexed(8, 20, 6),
       .pods = {.indexed = {{"0", "Running"}, {"2", "Succeeded"}, {"3", "Pending"}, {"4", "Succeeded"},
                            {"5", "Succeeded"}, {"7", "Succeeded"}, {"8", "Succeeded"}, {"9", "Succeeded"}}},
       .want = {.creations = 6, .active = 8, .succeeded = 6, .patches = 6, .completed_indexes = "2,4,5,7-9",
                .created_indexes = {1, 6, 10, 11, 12, 13}}},
      {.name = "indexed job some failed pods", .job = indexed(3, 4, 6),
       .pods = {.indexed = {{"0", "Failed"}, {"1", "Pending"}, {"2", "Failed"}}},
       .want = {.creations = 2, .active = 3, .failed = 2, .patches = 2, .created_indexes = {0, 2}}},
      {.name = "indexed job some pods without index", .job = indexed(2, 5, 6),
       .pods = {.running = 1, .succeeded = 1, .failed = 1,
                .indexed = {{"invalid", "Running"}, {"invalid", "Succeeded"}, {"invalid", "Failed"},
                            {"invalid", "Pending"}, {"0", "Succeeded"}, {"1", "Running"}, {"2", "Running"}}},
       .want = {.deletions = 3, .active = 2, .succeeded = 1, .patches = 8, .completed_indexes = "0"}},
      {.name = "indexed job repeated indexes", .job = indexed(5, 5, 6),
       .pods = {.succeeded = 1, .failed = 1,
                .indexed = {{"invalid", "Running"}, {"0", "Succeeded"}, {"1", "Running"}, {"2", "Running"},
                            {"2", "Pending"}}},
       .want = {.deletions = 2, .active = 2, .succeeded = 1, .patches = 5, .completed_indexes = "0"}},
      {.name = "indexed job with indexes outside of range", .job = indexed(2, 5, 6),
       .pods = {.indexed = {{"0", "Succeeded"}, {"5", "Running"}, {"6", "Succeeded"}, {"7", "Pending"},
                            {"8", "Failed"}}},
       .want = {.deletions = 2, .succeeded = 1, .patches = 5, .completed_indexes = "0"}},
      {.name = "indexed job with podIndexLabel feature disabled", .gates = {.pod_index_label_disabled = true},
       .job = indexed(2, 5, 6), .want = {.creations = 2, .active = 2, .created_indexes = {0, 1}}},
      {.name = "backoff limit exceeded; JobManagedBy enabled", .gates = {.managed_by = true},
       .job = indexed(2, 3, 0), .pods = {.indexed = failing},
       .want = {.deletions = 1, .succeeded = 1, .failed = 2, .conditions = {kBackoffTarget}, .patches = 3,
                .completed_indexes = "0"}},
  });
}

TEST_CASE("Indexed pods carry the index label only with PodIndexLabel") {
  for (const bool disabled : {false, true}) {
    DYNAMIC_SECTION("PodIndexLabel " << (disabled ? "off" : "on")) {
      const Row row{.job = {.parallelism = 1, .completions = 3, .completion_mode = "Indexed"}};
      const Outcome out = RunSync(row, RulesFor({.pod_index_label_disabled = disabled}));
      REQUIRE(out.client.created.size() == 1);
      const api::Pod& pod = out.client.created[0];
      CHECK(pod.metadata.annotations.at("batch.kubernetes.io/job-completion-index") == "0");
      CHECK(pod.metadata.labels.count("batch.kubernetes.io/job-completion-index") == (disabled ? 0u : 1u));
    }
  }
}

TEST_CASE("a Job with an unknown completion mode is skipped with a warning") {
  const Row row{.job = {.parallelism = 1, .completions = 1, .completion_mode = "Weird"},
                .want = {.ready = {},
                         .events = std::vector<std::string>{
                             "Warning UnknownCompletionMode Skipped Job sync because completion mode is unknown"}}};
  const Outcome out = RunSync(row, RulesFor({}));
  CHECK(out.client.written.empty());
  CHECK(out.client.created.empty());
  CHECK(out.events == *row.want.events);
}

TEST_CASE("the 1.3 controller writes status only when a counter or a condition changed") {
  const Row row{.name = "nothing changed",
                .job = {.parallelism = 2, .completions = 5, .initial = {.set = true, .active = 2}},
                .pods = {.running = 2, .legacy = true}};
  const Outcome unchanged = RunSync(row, Rules13());
  CHECK(unchanged.client.written.empty());

  Row fresh = row;
  fresh.job.initial = {};
  fresh.job.parallelism = 0;
  fresh.pods = {.legacy = true};
  // A first sync that changes nothing does not persist startTime either.
  CHECK(RunSync(fresh, Rules13()).client.written.empty());
  // The 1.33 controller writes ready (and startTime) on the first sync.
  fresh.pods.legacy = false;
  const Outcome modern = RunSync(fresh, ControllerRules{});
  REQUIRE(modern.client.written.size() == 1);
  CHECK(modern.client.written[0].status.start_time == std::optional<UnixMs>(kEpoch));
}

TEST_CASE("a claim uses the selector of the Job's latest version") {
  ControllerUnderTest under_test(ControllerRules{});
  JobController& controller = under_test.controller;
  api::Job job = NewJob({.parallelism = 1, .completions = 1});
  controller.TEST_PutJob(job);
  controller.TEST_PutPod(NewPod(job, "mypod-0", "Running", false));
  FakeClient client;
  client.fresh = std::make_shared<const api::Job>(job);
  REQUIRE(controller.TEST_SyncJob(kJobKey, client, client).ok());
  CHECK(client.released.empty());
  job.spec.selector->match_labels = {{"foo", "baz"}};  // a hand-made change: the API server forbids it
  controller.TEST_PutJob(job);
  REQUIRE(controller.TEST_SyncJob(kJobKey, client, client).ok());
  CHECK(client.released == std::vector<std::string>{"mypod-0"});
}
