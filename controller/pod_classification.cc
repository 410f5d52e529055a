#include "controller/pod_classification.h"

#include <algorithm>

#include "controller/backoff.h"
#include "controller/indexed_job.h"

namespace jobsim::controller {
namespace {

// The n pods that finished last, in finish order.
std::vector<const api::Pod*> LatestFinished(std::vector<const api::Pod*> pods, int32_t n) {
  std::stable_sort(pods.begin(), pods.end(),
                   [](const api::Pod* a, const api::Pod* b) { return PodFinishTimeMs(*a) < PodFinishTimeMs(*b); });
  if (n <= 0) return {};
  if (static_cast<size_t>(n) < pods.size()) pods.erase(pods.begin(), pods.end() - n);
  return pods;
}

// nonIgnoredFailedPodsCount in pkg/controller/job/job_controller.go.
int32_t CountedFailures(const std::vector<const api::Pod*>& failed, const PodFailurePolicy* policy) {
  int32_t n = 0;
  for (const api::Pod* pod : failed) n += MatchPodFailurePolicy(policy, *pod).count_failed ? 1 : 0;
  return n;
}

void CountTracked(const api::Job& job, const PodList& pods, const api::SortedUids& expected_rm,
                  const ControllerRules& rules, const PodFailurePolicy* policy, PodClassification& out) {
  static const api::UncountedTerminatedPods kNone;
  const api::UncountedTerminatedPods& uncounted = job.status.uncounted_terminated_pods
                                                      ? *job.status.uncounted_terminated_pods
                                                      : kNone;
  const bool indexed = IsIndexedJob(job);
  for (const auto& pod : pods) {
    const std::string_view uid = pod->metadata.uid;
    if (!HasTrackingFinalizer(*pod) || expected_rm.count(uid)) continue;
    if (indexed && !HasValidIndex(*pod, job)) continue;
    if (IsPodSucceeded(*pod) && !ContainsUid(uncounted.succeeded, uid)) {
      out.new_succeeded.push_back(pod.get());
    }
    if (IsPodFailed(*pod, job, rules) && !ContainsUid(uncounted.failed, uid)) out.new_failed.push_back(pod.get());
  }
  out.succeeded = job.status.succeeded + static_cast<int32_t>(out.new_succeeded.size() + uncounted.succeeded.size());
  out.failed = job.status.failed + CountedFailures(out.new_failed, policy) +
               static_cast<int32_t>(uncounted.failed.size());
}

void CountLegacy(const api::Job& job, const PodList& pods, PodClassification& out) {
  std::vector<const api::Pod*> succeeded, failed;
  const bool indexed = IsIndexedJob(job);
  for (const auto& pod : pods) {
    if (indexed && !HasValidIndex(*pod, job)) continue;
    if (IsPodSucceeded(*pod)) succeeded.push_back(pod.get());
    if (IsPodPhaseFailed(*pod)) failed.push_back(pod.get());
  }
  out.succeeded = static_cast<int32_t>(succeeded.size());
  out.failed = static_cast<int32_t>(failed.size());
  out.new_succeeded = LatestFinished(succeeded, out.succeeded - job.status.succeeded);
  out.new_failed = LatestFinished(failed, out.failed - job.status.failed);
}

}  // namespace

bool IsPodReady(const api::Pod& pod) {
  for (const api::Condition& c : pod.status.conditions) {
    if (std::string_view(c.type) == std::string_view("Ready")) return std::string_view(c.status) == "True";
  }
  return false;
}

bool OnlyReplaceFailedPods(const api::Job& job, const ControllerRules& rules) {
  if (rules.pod_replacement_policy && job.spec.pod_replacement_policy == "Failed") return true;
  return !job.spec.pod_failure_policy.is_null();
}

bool IsPodFailed(const api::Pod& pod, const api::Job& job, const ControllerRules& rules) {
  if (IsPodPhaseFailed(pod)) return true;
  if (OnlyReplaceFailedPods(job, rules)) return false;
  return pod.metadata.deletion_timestamp && !IsPodSucceeded(pod);
}

PodClassification ClassifyPods(const api::Job& job, const PodList& pods,
                               const api::SortedUids& expected_rm_finalizers, const ControllerRules& rules,
                               const PodFailurePolicy* policy) {
  PodClassification out;
  out.active.reserve(pods.size());  // most listed pods are active: one allocation
  for (const auto& pod : pods) {
    if (IsPodFinished(*pod)) continue;  // neither active nor terminating
    if (pod->metadata.deletion_timestamp) {
      ++out.terminating;
      continue;
    }
    out.active.push_back(pod.get());
    if (IsPodReady(*pod)) ++out.ready;
  }
  if (rules.legacy_counting) {
    CountLegacy(job, pods, out);
  } else {
    CountTracked(job, pods, expected_rm_finalizers, rules, policy, out);
  }
  return out;
}

}  // namespace jobsim::controller
