// What one sync of one Job knows and decides, passed along the steps of
// JobController::SyncJob (load -> classify pods -> failure/deadline ->
// manage pods -> completion -> status flush). Every step reads and writes
// this struct only; no step reaches back into the informer caches.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "controller/backoff.h"
#include "controller/backoff_limit_per_index.h"
#include "controller/indexed_job.h"
#include "controller/pod_classification.h"
#include "controller/pod_failure_policy.h"
#include "controller/success_policy.h"
#include "fakeapi/selector.h"
#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

struct SyncContext {
  // job: where the sync copies the cached Job (JobController's, reused from
  // sync to sync: assigning over the last sync's copy reuses its strings and
  // vectors, where a fresh copy allocated each and freed them after the
  // sync; ~600 instructions a sync).
  explicit SyncContext(api::Job& job) : job(job) {}
  SyncContext(const SyncContext&) = delete;
  SyncContext& operator=(const SyncContext&) = delete;

  std::string key;  // "<namespace>/<name>"
  api::Job& job;    // the cached Job; the sync edits its status
  api::JobStatus cached_status;  // the status as the informer delivered it (legacy counting only)
  std::optional<PodFailurePolicy> pod_failure_policy;  // spec.podFailurePolicy, typed
  std::optional<SuccessPolicy> success_policy;         // spec.successPolicy, typed
  // spec.selector, typed (JobSelector): the one the informer cache keeps
  // with the Job, which stays put while the sync runs.
  const std::optional<api::Selector>* selector = nullptr;
  UnixMs now_ms = 0;
  // Checked before the pods are listed, as upstream does.
  bool expectations_satisfied = true;

  // The Job's pods (after adoption and release), less those counted for good
  // where no step reads them again (CountedPodsUnread in pod_adoption.h).
  PodList pods;
  api::SortedUids expected_rm_finalizers;
  PodClassification state;  // snapshot of the pods at the start of the sync
  // Counters as this sync leaves them (pods created or deleted change them).
  int32_t active = 0;
  int32_t ready = 0;
  int32_t terminating = 0;
  int32_t succeeded = 0;
  int32_t failed = 0;
  // Indexed Jobs: status.completedIndexes as parsed, and with this sync's
  // newly succeeded indexes (succeeded is then their number).
  IndexIntervals prev_succeeded_indexes;
  IndexIntervals succeeded_indexes;
  // backoffLimitPerIndex only: the failed indexes (status.failedIndexes is
  // written from it, "" when none), and per index the failed pod whose
  // finalizer stays until its replacement exists.
  std::optional<IndexIntervals> failed_indexes;
  PodsByIndex pods_with_delayed_deletion;

  BackoffRecord new_backoff;  // persisted once the status write succeeds
  // The terminal (or interim FailureTarget/SuccessCriteriaMet) condition the
  // Job is moving to, if any.
  std::optional<api::Condition> finished_condition;
  bool suspend_condition_changed = false;
  api::Status manage_error;  // returned after the status flush

  const PodFailurePolicy* policy() const { return pod_failure_policy ? &*pod_failure_policy : nullptr; }
  const SuccessPolicy* success() const { return success_policy ? &*success_policy : nullptr; }
};

}  // namespace jobsim::controller
