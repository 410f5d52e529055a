#include "controller/tracking.h"

#include <algorithm>

#include "controller/conditions.h"
#include "controller/indexed_job.h"
#include "controller/pod_classification.h"
#include "controller/pod_failure_policy.h"

namespace jobsim::controller {
namespace {

// Keeps the UIDs that still have a finalizer; returns how many were dropped.
int32_t KeepWithFinalizer(std::vector<std::string>& uids, const UidSet& with_finalizer) {
  const size_t before = uids.size();
  uids.erase(std::remove_if(uids.begin(), uids.end(), [&](const std::string& u) { return !with_finalizer.count(u); }),
             uids.end());
  return static_cast<int32_t>(before - uids.size());
}

bool IsFailureCondition(const std::optional<api::Condition>& c) {
  return c && (c->type == kJobFailed || c->type == kJobFailureTarget);
}


// status.completedIndexes and status.succeeded of an Indexed Job.
bool SetCompletedIndexes(SyncContext& ctx, const std::vector<int32_t>& new_succeeded_indexes) {
  const IndexIntervals done = ctx.prev_succeeded_indexes.With(new_succeeded_indexes);
  api::JobStatus& status = ctx.job.status;
  const std::string text = done.String();
  const bool changed = text != status.completed_indexes;
  status.completed_indexes = text;
  status.succeeded = done.Total();
  return changed;
}

// backoffLimitPerIndex: status.failedIndexes, "" when no index failed; unset
// for Indexed Jobs without the field.
bool SetFailedIndexes(SyncContext& ctx) {
  std::optional<std::string> text;
  if (ctx.failed_indexes) text = ctx.failed_indexes->String();
  const bool changed = text != ctx.job.status.failed_indexes;
  ctx.job.status.failed_indexes = std::move(text);
  return changed;
}

// canRemoveFinalizer's exception: the failed pod that still has to hand its
// index's failure counts to a replacement keeps its finalizer.
bool RemovalDelayed(const SyncContext& ctx, const api::Pod& pod) {
  auto it = ctx.pods_with_delayed_deletion.find(CompletionIndex(pod));
  return it != ctx.pods_with_delayed_deletion.end() && it->second->metadata.uid == pod.metadata.uid;
}

UidSet UidsWithFinalizer(const SyncContext& ctx) {
  std::vector<std::string_view> uids;
  uids.reserve(ctx.pods.size());
  for (const auto& pod : ctx.pods) {
    if (HasTrackingFinalizer(*pod) && !ctx.expected_rm_finalizers.count(pod->metadata.uid)) {
      uids.push_back(pod->metadata.uid);
    }
  }
  return UidSet(std::move(uids));
}

// FailureTarget and SuccessCriteriaMet are written with the uncounted UIDs,
// before any finalizer goes; the final condition follows once all is counted.
bool WriteInterimCondition(SyncContext& ctx) {
  std::optional<api::Condition>& cond = ctx.finished_condition;
  if (!cond) return false;
  auto& conditions = ctx.job.status.conditions;
  if (cond->type == kJobFailureTarget) {
    conditions.push_back(*cond);
    cond = NewCondition(kJobFailed, kConditionTrue, cond->reason, cond->message, ctx.now_ms);
    return true;
  }
  if (cond->type != kJobSuccessCriteriaMet) return false;
  const bool append = !HasTrueCondition(conditions, kJobSuccessCriteriaMet);
  if (append) conditions.push_back(*cond);
  cond = NewCondition(kJobComplete, kConditionTrue, cond->reason, cond->message, ctx.now_ms);
  return append;
}

// Patches the finalizer away; pods that lost it (or are gone) leave with_finalizer.
api::Status RemoveFinalizers(SyncContext& ctx, const std::vector<const api::Pod*>& pods, const TrackingSeams& seams,
                             UidSet& with_finalizer) {
  seams.finalizer_expectations.ExpectRemovals(ctx.key, pods);
  api::Status first_error;
  for (const api::Pod* pod : pods) {
    const api::Status st = seams.pods.RemoveTrackingFinalizer(*pod);
    if (!st.ok()) seams.finalizer_expectations.RemovalObserved(ctx.key, pod->metadata.uid);
    if (st.ok() || st.IsNotFound()) {
      with_finalizer.erase(pod->metadata.uid);
    } else if (first_error.ok()) {
      first_error = st;
    }
  }
  return first_error;
}

}  // namespace

void FinalizerExpectations::ExpectRemovals(const std::string& key, const std::vector<const api::Pod*>& pods) {
  if (pods.empty()) return;
  std::vector<api::Uid>& uids = uids_[key];
  uids.reserve(uids.size() + pods.size());
  for (const api::Pod* pod : pods) {
    if (std::find(uids.begin(), uids.end(), pod->metadata.uid) == uids.end()) uids.push_back(pod->metadata.uid);
  }
}

void FinalizerExpectations::RemovalObserved(std::string_view key, const api::Uid& uid) {
  auto it = uids_.find(key);
  if (it == uids_.end()) return;
  std::vector<api::Uid>& uids = it->second;
  if (auto found = std::find(uids.begin(), uids.end(), uid); found != uids.end()) {
    *found = uids.back();
    uids.pop_back();
  }
  if (uids.empty()) uids_.erase(it);
}

api::SortedUids FinalizerExpectations::Expected(const std::string& key) const {
  auto it = uids_.find(key);
  return it == uids_.end() ? api::SortedUids{} : api::SortedUids(it->second.begin(), it->second.end());
}

bool CountUncountedWithoutFinalizers(api::JobStatus& status, const UidSet& uids_with_finalizer) {
  if (!status.uncounted_terminated_pods) return false;
  api::UncountedTerminatedPods& uncounted = *status.uncounted_terminated_pods;
  const int32_t succeeded = KeepWithFinalizer(uncounted.succeeded, uids_with_finalizer);
  const int32_t failed = KeepWithFinalizer(uncounted.failed, uids_with_finalizer);
  status.succeeded += succeeded;
  status.failed += failed;
  return succeeded > 0 || failed > 0;
}

FinalizerRemovals SelectFinalizerRemovals(SyncContext& ctx, const ControllerRules& rules) {
  FinalizerRemovals out;
  if (!ctx.job.status.uncounted_terminated_pods) ctx.job.status.uncounted_terminated_pods.emplace();
  api::UncountedTerminatedPods& uncounted = *ctx.job.status.uncounted_terminated_pods;
  const bool indexed = IsIndexedJob(ctx.job);
  const bool job_deleting = ctx.job.metadata.deletion_timestamp.has_value();
  std::vector<int32_t> new_succeeded_indexes;
  // Indexed Jobs introduce completed indexes in index order; other Jobs take the pods as listed.
  std::vector<const api::Pod*> by_index;
  if (indexed) by_index = ByCompletionIndex(ctx.pods);
  const size_t n = indexed ? by_index.size() : ctx.pods.size();
  for (size_t i = 0; i < n; ++i) {
    const api::Pod* pod = indexed ? by_index[i] : ctx.pods[i].get();
    const std::string_view uid = pod->metadata.uid;
    if (!HasTrackingFinalizer(*pod) || ctx.expected_rm_finalizers.count(uid)) continue;
    const bool failed = IsPodFailed(*pod, ctx.job, rules);
    const bool succeeded = IsPodSucceeded(*pod);
    if (!job_deleting && !ctx.finished_condition && !succeeded && (!failed || RemovalDelayed(ctx, *pod))) continue;
    out.pods.push_back(pod);
    const bool countable = !indexed || HasValidIndex(*pod, ctx.job);
    if (succeeded && !ContainsUid(uncounted.failed, uid)) {
      // An Indexed Job counts succeeded indexes instead of UIDs.
      if (indexed && countable && !ctx.prev_succeeded_indexes.Has(CompletionIndex(*pod))) {
        new_succeeded_indexes.push_back(CompletionIndex(*pod));
        out.changed = true;
      } else if (!indexed && !ContainsUid(uncounted.succeeded, uid)) {
        uncounted.succeeded.emplace_back(uid);
        out.changed = true;
      }
    } else if ((failed || IsFailureCondition(ctx.finished_condition)) && countable &&
               !ContainsUid(uncounted.failed, uid) && MatchPodFailurePolicy(ctx.policy(), *pod).count_failed) {
      uncounted.failed.emplace_back(uid);
      out.changed = true;
    }
    if (new_succeeded_indexes.size() + uncounted.succeeded.size() + uncounted.failed.size() >= kMaxUncountedPods) {
      out.reached_max_uncounted = true;
      break;
    }
  }
  if (indexed) {
    out.changed |= SetCompletedIndexes(ctx, new_succeeded_indexes);
    out.changed |= SetFailedIndexes(ctx);
  }
  return out;
}

bool EnactJobFinished(api::JobStatus& status, const std::optional<api::Condition>& finished, int32_t terminating,
                      const ControllerRules& rules) {
  if (!finished) return false;
  if (status.uncounted_terminated_pods && !status.uncounted_terminated_pods->empty()) return false;
  if (rules.delayed_terminal_conditions && terminating > 0) return false;
  EnsureConditionStatus(status.conditions, finished->type, finished->status, finished->reason, finished->message,
                        finished->last_transition_time);
  if (finished->type == kJobComplete) status.completion_time = finished->last_transition_time;
  return true;
}

FlushResult TrackStatusAndRemoveFinalizers(SyncContext& ctx, bool needs_flush, const TrackingSeams& seams,
                                           const ControllerRules& rules) {
  FlushResult result;
  UidSet with_finalizer = UidsWithFinalizer(ctx);
  if (!ctx.job.status.uncounted_terminated_pods) ctx.job.status.uncounted_terminated_pods.emplace();
  needs_flush |= CountUncountedWithoutFinalizers(ctx.job.status, with_finalizer);
  const FinalizerRemovals removals = SelectFinalizerRemovals(ctx, rules);
  needs_flush |= removals.changed;
  needs_flush |= WriteInterimCondition(ctx);
  if (needs_flush) {
    if (!(result.status = WriteJobStatus(seams.jobs, ctx.job)).ok()) return result;
    result.written = true;
    needs_flush = false;
  }
  const api::Status rm_error = RemoveFinalizers(ctx, removals.pods, seams, with_finalizer);
  needs_flush |= CountUncountedWithoutFinalizers(ctx.job.status, with_finalizer);
  if (!rm_error.ok()) {
    if (needs_flush && !(result.status = WriteJobStatus(seams.jobs, ctx.job)).ok()) return result;
    result.written |= needs_flush;
    result.status = rm_error;
    return result;
  }
  result.finished = !removals.reached_max_uncounted &&
                    EnactJobFinished(ctx.job.status, ctx.finished_condition, ctx.terminating, rules);
  if (!result.finished && !needs_flush) return result;
  if (!(result.status = WriteJobStatus(seams.jobs, ctx.job)).ok()) {
    result.finished = false;
    return result;
  }
  result.written = true;
  return result;
}

}  // namespace jobsim::controller
