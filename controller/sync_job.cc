// JobController::SyncJob: one reconcile of one Job, as a pipeline of steps
// over a SyncContext (syncJob in pkg/controller/job/job_controller.go).
#include <algorithm>

#include "controller/conditions.h"
#include "controller/job_controller.h"
#include "controller/manage_job.h"
#include "controller/managed_by.h"
#include "controller/pod_adoption.h"
#include "controller/terminal_state.h"
#include "fakeapi/well_known.h"

namespace jobsim::controller {
namespace {

UnixMs TruncateToSecond(UnixMs t) { return t - t % kMsPerSecond; }

std::vector<UnixMs> FinishTimes(const std::vector<const api::Pod*>& pods) {
  std::vector<UnixMs> out;
  for (const api::Pod* pod : pods) out.push_back(PodFinishTimeMs(*pod));
  return out;
}

// The 1.3 controller wrote status only when a counter or the conditions changed.
bool LegacyStatusChanged(const api::JobStatus& before, const api::JobStatus& after) {
  return before.active != after.active || before.succeeded != after.succeeded || before.failed != after.failed ||
         before.ready != after.ready || before.terminating != after.terminating ||
         before.conditions != after.conditions || before.completion_time != after.completion_time ||
         before.completed_indexes != after.completed_indexes;
}

}  // namespace

api::Status JobController::SyncJob(const std::string& key) {
  SyncContext ctx(sync_job_);
  if (!LoadJob(key, ctx)) return api::Status::Ok();
  if (api::Status st = ClaimPods(ctx); !st.ok()) return st;
  ClassifyPods(ctx);
  SetStartTime(ctx);
  EvaluateFailure(ctx);
  if (ctx.finished_condition) {
    TerminateActivePods(ctx);
  } else {
    ManagePods(ctx);
  }
  return FlushStatus(ctx);
}

// A Job that is gone takes its in-memory state with it; a finished Job, or
// one another controller manages, is never touched.
bool JobController::LoadJob(const std::string& key, SyncContext& ctx) {
  auto it = jobs_.find(key);
  if (it == jobs_.end()) {
    expectations_.Delete(key);
    finalizer_expectations_.Delete(key);
    backoff_.Remove(key);
    return false;
  }
  const CachedJob& cached = it->second;
  const api::Job& job = *cached.job;
  if (ManagedByExternalController(job)) return false;
  if (IsJobFinished(job)) {
    backoff_.Remove(key);
    return false;
  }
  if (finished_uids_.count(job.metadata.uid)) return false;  // our final write is on its way
  const std::string_view mode = job.spec.completion_mode ? std::string_view(*job.spec.completion_mode) : "NonIndexed";
  if (mode != "NonIndexed" && mode != "Indexed") {
    events_.Record(api::RefTo(job), api::kEventWarning, kUnknownCompletionModeReason, kUnknownCompletionModeMessage);
    return false;
  }
  ctx.key = key;
  ctx.job = job;
  if (!cached.selector) cached.selector = JobSelector(job);
  ctx.selector = &*cached.selector;
  if (rules_.legacy_counting) ctx.cached_status = job.status;  // only the legacy flush compares with it
  ctx.pod_failure_policy = ParsePodFailurePolicy(job.spec.pod_failure_policy);
  ctx.success_policy = ParseSuccessPolicy(job.spec.success_policy);
  ctx.now_ms = clock_.NowUnixMs();
  ctx.expectations_satisfied = expectations_.Satisfied(key);
  return true;
}

// getPodsForJob: the Job's pods; orphans are adopted and mismatching pods
// released first (after checking with a fresh read that the Job still exists).
api::Status JobController::ClaimPods(SyncContext& ctx) {
  // Pods counted for good are left out where no step reads them again, and
  // from later claims until they change.
  ClaimPlan plan =
      PlanClaim(ctx.job, *ctx.selector, CandidatesOf(ctx.job), rules_, CountedPodsUnread(ctx.job, rules_));
  Settle(ctx.job, plan.settled);
  ctx.pods = std::move(plan.owned);
  if (!plan.adopt.empty()) {
    auto fresh = job_client_->Get(ctx.job.metadata.namespace_, ctx.job.metadata.name);
    if (!fresh || fresh->metadata.uid != ctx.job.metadata.uid || fresh->metadata.deletion_timestamp) {
      return api::Status::Conflict("jobs.batch", ctx.job.metadata.name);
    }
  }
  for (const auto& pod : plan.adopt) {
    const api::Status st = pod_control_->AdoptPod(ctx.job, *pod, rules_.finalizer_tracking);
    if (st.IsNotFound()) continue;
    if (!st.ok()) return st;
    api::Pod adopted = *pod;
    adopted.metadata.owner_references.push_back(ControllerRefTo(ctx.job));
    if (rules_.finalizer_tracking && !HasTrackingFinalizer(adopted)) {
      adopted.metadata.finalizers.push_back(api::kJobTrackingFinalizer);
    }
    ctx.pods.push_back(std::make_shared<const api::Pod>(std::move(adopted)));
  }
  for (const auto& pod : plan.release) {
    if (api::Status st = pod_control_->ReleasePod(ctx.job, *pod); !st.ok()) return st;
  }
  return api::Status::Ok();
}

void JobController::ClassifyPods(SyncContext& ctx) {
  ctx.expected_rm_finalizers = finalizer_expectations_.Expected(ctx.key);
  ctx.state = controller::ClassifyPods(ctx.job, ctx.pods, ctx.expected_rm_finalizers, rules_, ctx.policy());
  ctx.active = static_cast<int32_t>(ctx.state.active.size());
  ctx.ready = ctx.state.ready;
  ctx.terminating = ctx.state.terminating;
  ctx.succeeded = ctx.state.succeeded;
  ctx.failed = ctx.state.failed;
  if (IsIndexedJob(ctx.job)) {
    const int32_t completions = ctx.job.spec.completions.value_or(0);
    ctx.prev_succeeded_indexes = IndexIntervals::Parse(ctx.job.status.completed_indexes, completions);
    ctx.succeeded_indexes = ctx.prev_succeeded_indexes.With(
        SucceededPodIndexes(ctx.job, ctx.pods, !rules_.legacy_counting));
    ctx.succeeded = ctx.succeeded_indexes.Total();
  }
  ctx.new_backoff = NextBackoffRecord(backoff_.Get(ctx.key), FinishTimes(ctx.state.new_succeeded),
                                      FinishTimes(ctx.state.new_failed));
}

void JobController::SetStartTime(SyncContext& ctx) {
  if (!ctx.job.status.start_time && !JobSuspended(ctx.job, rules_)) {
    ctx.job.status.start_time = TruncateToSecond(ctx.now_ms);
  }
}

void JobController::EvaluateFailure(SyncContext& ctx) {
  ctx.finished_condition = FailureCondition(ctx.job, ctx.failed, ctx.pods, ctx.now_ms, rules_, ctx.policy());
  if (!ctx.finished_condition && rules_.deadline_requeue) {
    if (auto remaining_ms = DeadlineRemainingMs(ctx.job, ctx.now_ms, rules_)) queue_->AddAfter(ctx.key, *remaining_ms);
  }
  EvaluateFailedIndexes(ctx);
  // successPolicy: a failure already chosen wins (pkg/controller/job/job_controller.go).
  if (!ctx.finished_condition) {
    ctx.finished_condition = SuccessPolicyCondition(ctx.job, ctx.success(), ctx.succeeded_indexes, ctx.now_ms);
  }
}

// backoffLimitPerIndex: the failed indexes are computed even when the Job
// already fails for another reason, since status.failedIndexes reports them.
void JobController::EvaluateFailedIndexes(SyncContext& ctx) {
  if (!HasBackoffLimitPerIndex(ctx.job)) return;
  ctx.failed_indexes = FailedIndexes(ctx.job, ctx.pods, ctx.policy(), rules_);
  if (!ctx.finished_condition) {
    ctx.finished_condition =
        FailedIndexesCondition(ctx.job, *ctx.failed_indexes, ctx.succeeded_indexes, ctx.now_ms, rules_);
  }
  ctx.pods_with_delayed_deletion = PodsWithDelayedDeletion(ctx.job, ctx.pods, ctx.expected_rm_finalizers,
                                                           ctx.state.active, ctx.succeeded_indexes,
                                                           *ctx.failed_indexes, rules_);
}

// A failing Job loses its active pods. With finalizer tracking the failure is
// only declared once every DELETE went through and no creation is pending;
// the 1.3 controller counted every active pod as failed at once.
void JobController::TerminateActivePods(SyncContext& ctx) {
  const DeleteOutcome out = DeleteActivePods(ctx.job, ctx.state.active, *pod_control_);
  if (rules_.legacy_counting) {
    ctx.failed += ctx.active;
    ctx.active = 0;
  } else {
    if (out.deleted != ctx.active || !ctx.expectations_satisfied) ctx.finished_condition.reset();
    ctx.active -= out.deleted;
  }
  ctx.terminating += out.deleted;
  ctx.ready -= out.deleted_ready;
  ctx.manage_error = out.error;
}

void JobController::ManagePods(SyncContext& ctx) {
  const bool manage = ctx.expectations_satisfied && !ctx.job.metadata.deletion_timestamp;
  if (manage) ctx.active = ManageJob(ctx);
  if (IsComplete(ctx.job, ctx.succeeded, ctx.active, rules_)) {
    ctx.finished_condition = SuccessCondition(ctx.now_ms, rules_);
  } else if (manage) {
    UpdateSuspendedCondition(ctx);
  }
}

// manageJob: returns the number of active pods after this sync's changes.
int32_t JobController::ManageJob(SyncContext& ctx) {
  if (JobSuspended(ctx.job, rules_)) return RemovePods(ctx, PodsForRemoval(ctx.job, ctx.state.active, ctx.active));
  const int32_t want = WantActive(ctx.job, ctx.active, ctx.succeeded);
  std::vector<const api::Pod*> remove =
      PodsForRemoval(ctx.job, ctx.state.active, ExcessActive(ctx.job, ctx.active, want, rules_));
  if (!remove.empty()) {
    if (static_cast<int32_t>(remove.size()) > rules_.max_pods_per_sync) remove.resize(rules_.max_pods_per_sync);
    return RemovePods(ctx, remove);
  }
  const int32_t blocking = OnlyReplaceFailedPods(ctx.job, rules_) ? ctx.terminating : 0;
  const int32_t missing = MissingActive(want, ctx.active, blocking);
  return missing > 0 ? CreateMissingPods(ctx, missing) : ctx.active;
}

// Indexed Jobs create the lowest indexes that are neither succeeded, failed
// (backoffLimitPerIndex) nor held by an active pod (nor, when only failed pods
// are replaced, a terminating one).
std::vector<int32_t> JobController::IndexesToCreate(const SyncContext& ctx, int32_t n) const {
  if (!IsIndexedJob(ctx.job)) return {};
  IndexIntervals taken = ctx.succeeded_indexes.With(PodIndexes(ctx.job, ctx.state.active));
  if (OnlyReplaceFailedPods(ctx.job, rules_)) {
    std::vector<const api::Pod*> terminating;
    for (const auto& pod : ctx.pods) {
      if (IsPodTerminating(*pod)) terminating.push_back(pod.get());
    }
    taken = taken.With(PodIndexes(ctx.job, terminating));
  }
  if (ctx.failed_indexes) taken = taken.Merge(*ctx.failed_indexes);
  return FirstPendingIndexes(taken, n, ctx.job.spec.completions.value_or(0));
}

// The pods of one creation round (n of them, with these completion indexes,
// if any). With backoffLimitPerIndex each carries its index's failure counts,
// taken from the failed pod it replaces. Pods without a completion index are
// all alike: one is built from the template and sent n times (CreatePods).
std::vector<api::Pod> JobController::PodsToCreate(const SyncContext& ctx, int32_t n,
                                                  const std::vector<int32_t>& indexes) const {
  if (n <= 0) return {};
  if (indexes.empty()) return {NewPodForJob(ctx.job, rules_, kUnknownCompletionIndex)};
  const bool per_index = HasBackoffLimitPerIndex(ctx.job);
  std::vector<api::Pod> pods;
  pods.reserve(n);
  for (int32_t i = 0; i < n; ++i) {
    const int32_t index = indexes[i];
    api::Pod pod = NewPodForJob(ctx.job, rules_, index);
    if (per_index) {
      auto replaced = ctx.pods_with_delayed_deletion.find(index);
      SetIndexFailureCountAnnotations(
          pod, NewIndexFailureCounts(replaced == ctx.pods_with_delayed_deletion.end() ? nullptr : replaced->second,
                                     ctx.policy()));
    }
    pods.push_back(std::move(pod));
  }
  return pods;
}

int32_t JobController::RemovePods(SyncContext& ctx, const std::vector<const api::Pod*>& pods) {
  expectations_.ExpectDeletions(ctx.key, static_cast<int32_t>(pods.size()));
  const DeleteOutcome out = DeleteJobPods(ctx.job, pods, ctx.key, *pod_control_, expectations_);
  ctx.terminating += out.deleted;
  ctx.ready -= out.deleted_ready;
  ctx.manage_error = out.error;
  return ctx.active - out.deleted;
}

// While the pod-failure back-off runs nothing is created and, as upstream
// does, the sync reports 0 active pods. With backoffLimitPerIndex each index
// has its own back-off instead of the Job's: the indexes still waiting are
// left out, and only when all are waiting does the sync wait.
int32_t JobController::CreateMissingPods(SyncContext& ctx, int32_t missing) {
  const bool per_index = HasBackoffLimitPerIndex(ctx.job);
  const int64_t initial_ms = rules_.pod_failure_backoff_initial_ms;
  const int64_t max_ms = rules_.pod_failure_backoff_max_ms;
  if (rules_.pod_failure_backoff && !per_index) {
    const int64_t wait_ms = RemainingBackoffMs(ctx.new_backoff, ctx.now_ms, initial_ms, max_ms);
    if (wait_ms > 0) return WaitForBackoff(ctx, wait_ms);
  }
  int32_t n = std::min(missing, rules_.max_pods_per_sync);
  std::vector<int32_t> indexes = IndexesToCreate(ctx, n);
  if (per_index) {
    IndexesReady ready = IndexesReadyToCreate(indexes, ctx.pods_with_delayed_deletion, ctx.now_ms, initial_ms, max_ms);
    if (ready.wait_ms > 0) return WaitForBackoff(ctx, ready.wait_ms);
    indexes = std::move(ready.now);
  }
  if (IsIndexedJob(ctx.job)) n = static_cast<int32_t>(indexes.size());
  expectations_.ExpectCreations(ctx.key, n);
  const CreateOutcome out =
      CreatePods(ctx.job, PodsToCreate(ctx, n, indexes), n, ctx.key, *pod_control_, expectations_, rules_);
  ctx.manage_error = out.error;
  return ctx.active + out.created;
}

int32_t JobController::WaitForBackoff(const SyncContext& ctx, int64_t wait_ms) {
  queue_->AddAfter(ctx.key, std::max(wait_ms, rules_.sync_batch_period_ms));
  return 0;
}

// Suspended=True while spec.suspend; flipped to False (and startTime reset)
// on resume, but never added as False from nothing.
void JobController::UpdateSuspendedCondition(SyncContext& ctx) {
  if (!rules_.suspend) return;
  auto& conditions = ctx.job.status.conditions;
  if (JobSuspended(ctx.job, rules_)) {
    if (EnsureConditionStatus(conditions, kJobSuspended, kConditionTrue, kReasonJobSuspended, kMessageJobSuspended,
                              ctx.now_ms)) {
      ctx.suspend_condition_changed = true;
      events_.Record(api::RefTo(ctx.job), api::kEventNormal, "Suspended", kMessageJobSuspended);
    }
    return;
  }
  if (EnsureConditionStatus(conditions, kJobSuspended, kConditionFalse, kReasonJobResumed, kMessageJobResumed,
                            ctx.now_ms)) {
    ctx.suspend_condition_changed = true;
    events_.Record(api::RefTo(ctx.job), api::kEventNormal, "Resumed", kMessageJobResumed);
    ctx.job.status.start_time = TruncateToSecond(ctx.now_ms);
  }
}

api::Status JobController::FlushStatus(SyncContext& ctx) {
  api::JobStatus& status = ctx.job.status;
  const std::optional<int32_t> ready = rules_.report_ready ? std::optional<int32_t>(ctx.ready) : std::nullopt;
  const std::optional<int32_t> terminating =
      rules_.report_terminating ? std::optional<int32_t>(ctx.terminating) : std::nullopt;
  const bool changed = ctx.suspend_condition_changed || status.active != ctx.active || status.ready != ready ||
                       status.terminating != terminating;
  status.active = ctx.active;
  status.ready = ready;
  status.terminating = terminating;
  if (rules_.legacy_counting) return FlushLegacyStatus(ctx);
  const FlushResult result = TrackStatusAndRemoveFinalizers(
      ctx, changed, TrackingSeams{*job_client_, *pod_control_, finalizer_expectations_}, rules_);
  if (result.written) backoff_.Set(ctx.key, ctx.new_backoff);
  if (result.finished) JobFinished(ctx);
  return result.status.ok() ? ManageError(ctx) : result.status;
}

// Counters from the live pods, one write when anything changed.
api::Status JobController::FlushLegacyStatus(SyncContext& ctx) {
  api::JobStatus& status = ctx.job.status;
  status.succeeded = ctx.succeeded;
  status.failed = ctx.failed;
  if (IsIndexedJob(ctx.job)) status.completed_indexes = ctx.succeeded_indexes.String();
  if (const auto& cond = ctx.finished_condition) {
    EnsureConditionStatus(status.conditions, cond->type, cond->status, cond->reason, cond->message,
                          cond->last_transition_time);
    if (cond->type == kJobComplete) status.completion_time = cond->last_transition_time;
  }
  if (LegacyStatusChanged(ctx.cached_status, status)) {
    if (api::Status st = WriteJobStatus(*job_client_, ctx.job); !st.ok()) return st;
    backoff_.Set(ctx.key, ctx.new_backoff);
  }
  if (ctx.finished_condition) JobFinished(ctx);
  return ManageError(ctx);
}

api::Status JobController::ManageError(const SyncContext& ctx) const {
  return rules_.requeue_on_pod_errors ? ctx.manage_error : api::Status::Ok();
}

void JobController::JobFinished(const SyncContext& ctx) {
  finished_uids_.insert(ctx.job.metadata.uid);
  RecordJobFinished(ctx);
}

// Events of a Job that just finished (recordJobFinished; the 1.3 controller's
// TooManyActivePods and Normal DeadlineExceeded by rule).
void JobController::RecordJobFinished(const SyncContext& ctx) {
  const api::Condition& cond = *ctx.finished_condition;
  const api::ObjectReference ref = api::RefTo(ctx.job);
  if (cond.type != kJobComplete) {
    const bool normal = rules_.deadline_event_is_normal && cond.reason == kReasonDeadlineExceeded;
    events_.Record(ref, normal ? api::kEventNormal : api::kEventWarning, cond.reason, cond.message);
    return;
  }
  const std::optional<int32_t>& completions = ctx.job.spec.completions;
  if (rules_.too_many_active_pods_event && completions && ctx.active > 0) {
    events_.Record(ref, api::kEventWarning, "TooManyActivePods",
                   "Too many active pods running after completion count reached");
  }
  if (completions && ctx.job.status.succeeded > *completions) {
    events_.Record(ref, api::kEventWarning, "TooManySucceededPods",
                   "Too many succeeded pods running after completion count reached");
  }
  if (rules_.completed_event) events_.Record(ref, api::kEventNormal, "Completed", "Job completed");
}

}  // namespace jobsim::controller
