#include "controller/backoff_limit_per_index.h"

#include "controller/backoff.h"
#include "fakeapi/well_known.h"

namespace jobsim::controller {
namespace {

int32_t AnnotationCount(const api::Pod& pod, const char* key) {
  auto it = pod.metadata.annotations.find(key);
  int32_t value = 0;
  if (it == pod.metadata.annotations.end() || !Atoi(it->second, value) || value < 0) return 0;
  return value;
}

int32_t AbsoluteFailureCount(const api::Pod& pod) {
  const IndexFailureCounts counts = PodIndexFailureCounts(pod);
  return counts.failed + counts.ignored;
}

// The tracked pods of an Indexed Job whose index is valid (getValidPodsWithFilter).
bool IsTrackedWithValidIndex(const api::Pod& pod, const api::Job& job, const api::SortedUids& expected_rm) {
  return HasTrackingFinalizer(pod) && !expected_rm.count(pod.metadata.uid) && HasValidIndex(pod, job);
}

}  // namespace

bool HasBackoffLimitPerIndex(const api::Job& job) {
  return IsIndexedJob(job) && job.spec.backoff_limit_per_index.has_value();
}

IndexFailureCounts PodIndexFailureCounts(const api::Pod& pod) {
  return {AnnotationCount(pod, api::kJobIndexFailureCount), AnnotationCount(pod, api::kJobIndexIgnoredFailureCount)};
}

bool IsIndexFailed(const api::Job& job, const api::Pod& pod, const PodFailurePolicy* policy,
                   const ControllerRules& rules) {
  if (!IsPodFailed(pod, job, rules)) return false;
  const PodFailureMatch match = MatchPodFailurePolicy(policy, pod);
  if (match.action == PodFailureAction::kFailIndex) return true;
  return match.count_failed && PodIndexFailureCounts(pod).failed >= *job.spec.backoff_limit_per_index;
}

IndexIntervals FailedIndexes(const api::Job& job, const PodList& pods, const PodFailurePolicy* policy,
                             const ControllerRules& rules) {
  const int32_t completions = job.spec.completions.value_or(0);
  const IndexIntervals previous = IndexIntervals::Parse(job.status.failed_indexes.value_or(""), completions);
  std::vector<int32_t> newly_failed;
  for (const auto& pod : pods) {
    if (HasValidIndex(*pod, job) && HasTrackingFinalizer(*pod) && IsIndexFailed(job, *pod, policy, rules)) {
      newly_failed.push_back(CompletionIndex(*pod));
    }
  }
  return previous.With(std::move(newly_failed));
}

PodsByIndex PodsWithDelayedDeletion(const api::Job& job, const PodList& pods,
                                    const api::SortedUids& expected_rm_finalizers,
                                    const std::vector<const api::Pod*>& active, const IndexIntervals& succeeded,
                                    const IndexIntervals& failed, const ControllerRules& rules) {
  // A failed pod of an index that already has an active pod can go: the
  // active pod carries the counts.
  const std::vector<int32_t> active_list = PodIndexes(job, active);
  const std::set<int32_t> active_indexes(active_list.begin(), active_list.end());
  PodsByIndex out;
  for (const auto& pod : pods) {
    if (!IsTrackedWithValidIndex(*pod, job, expected_rm_finalizers) || !IsPodFailed(*pod, job, rules)) continue;
    const int32_t index = CompletionIndex(*pod);
    if (succeeded.Has(index) || failed.Has(index) || active_indexes.count(index)) continue;
    auto [it, inserted] = out.try_emplace(index, pod.get());
    if (inserted) continue;
    const api::Pod& kept = *it->second;
    if (AbsoluteFailureCount(kept) <= AbsoluteFailureCount(*pod) && PodFinishTimeMs(*pod) >= PodFinishTimeMs(kept)) {
      it->second = pod.get();
    }
  }
  return out;
}

IndexFailureCounts NewIndexFailureCounts(const api::Pod* replaced, const PodFailurePolicy* policy) {
  if (!replaced) return {};
  IndexFailureCounts counts = PodIndexFailureCounts(*replaced);
  if (MatchPodFailurePolicy(policy, *replaced).count_failed) {
    ++counts.failed;
  } else {
    ++counts.ignored;
  }
  return counts;
}

void SetIndexFailureCountAnnotations(api::Pod& pod, const IndexFailureCounts& counts) {
  auto& annotations = pod.metadata.annotations.Mut();
  annotations[api::kJobIndexFailureCount] = std::to_string(counts.failed);
  if (counts.ignored > 0) annotations[api::kJobIndexIgnoredFailureCount] = std::to_string(counts.ignored);
}

int64_t RemainingIndexBackoffMs(const api::Pod* last_failed, UnixMs now_ms, int64_t initial_ms, int64_t max_ms) {
  if (!last_failed) return 0;
  return RemainingBackoffForFailuresMs(AbsoluteFailureCount(*last_failed) + 1, PodFinishTimeMs(*last_failed), now_ms,
                                       initial_ms, max_ms);
}

IndexesReady IndexesReadyToCreate(const std::vector<int32_t>& pending, const PodsByIndex& last_failed, UnixMs now_ms,
                                  int64_t initial_ms, int64_t max_ms) {
  IndexesReady out;
  std::optional<int64_t> shortest_wait_ms;
  for (int32_t index : pending) {
    auto it = last_failed.find(index);
    const int64_t wait_ms =
        RemainingIndexBackoffMs(it == last_failed.end() ? nullptr : it->second, now_ms, initial_ms, max_ms);
    if (wait_ms == 0) {
      out.now.push_back(index);
    } else if (!shortest_wait_ms || wait_ms < *shortest_wait_ms) {
      shortest_wait_ms = wait_ms;
    }
  }
  if (out.now.empty()) out.wait_ms = shortest_wait_ms.value_or(0);
  return out;
}

}  // namespace jobsim::controller
