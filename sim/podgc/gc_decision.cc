#include "sim/podgc/gc_decision.h"

#include <algorithm>

#include "fakeapi/pod_facts.h"
#include "sim/nodelifecycle/pod_condition_update.h"

namespace jobsim::sim {
namespace {

using PodPtr = std::shared_ptr<const api::Pod>;

// eviction.PodIsEvicted (pkg/kubelet/eviction/helpers.go).
bool IsEvicted(const api::Pod& pod) { return pod.status.phase == "Failed" && pod.status.reason == "Evicted"; }

// byEvictionAndCreationTimestamp: evicted first, then the oldest, names break ties.
bool DeletedBefore(const PodPtr& a, const PodPtr& b) {
  if (IsEvicted(*a) != IsEvicted(*b)) return IsEvicted(*a);
  if (a->metadata.creation_timestamp != b->metadata.creation_timestamp) {
    return a->metadata.creation_timestamp < b->metadata.creation_timestamp;
  }
  return a->metadata.name < b->metadata.name;
}

std::vector<PodPtr> Terminated(const GcInput& in, const PodGcRules& rules) {
  if (rules.terminated_pod_threshold <= 0) return {};
  std::vector<PodPtr> pods;
  for (const PodPtr& pod : in.pods) {
    if (api::IsPodTerminated(*pod)) pods.push_back(pod);
  }
  const int64_t excess = static_cast<int64_t>(pods.size()) - rules.terminated_pod_threshold;
  if (excess <= 0) return {};
  std::stable_sort(pods.begin(), pods.end(), DeletedBefore);
  pods.resize(static_cast<size_t>(excess));
  return pods;
}

std::vector<PodPtr> TerminatingOutOfService(const GcInput& in, const PodGcRules& rules) {
  if (!rules.gc_out_of_service) return {};
  std::vector<PodPtr> pods;
  for (const PodPtr& pod : in.pods) {
    if (!pod->metadata.deletion_timestamp) continue;
    auto node = in.nodes.find(pod->spec->node_name);
    if (node != in.nodes.end() && !node->second.ready && node->second.out_of_service) pods.push_back(pod);
  }
  std::stable_sort(pods.begin(), pods.end(), DeletedBefore);
  return pods;
}

std::vector<PodPtr> Orphaned(const GcInput& in) {
  std::vector<PodPtr> pods;
  for (const PodPtr& pod : in.pods) {
    if (in.deleted_nodes.count(pod->spec->node_name)) pods.push_back(pod);
  }
  return pods;
}

std::vector<PodPtr> UnscheduledTerminating(const GcInput& in) {
  std::vector<PodPtr> pods;
  for (const PodPtr& pod : in.pods) {
    if (pod->metadata.deletion_timestamp && pod->spec->node_name.empty()) pods.push_back(pod);
  }
  return pods;
}

}  // namespace

std::vector<GcDeletion> PodsToCollect(const GcInput& in, const PodGcRules& rules) {
  std::vector<GcDeletion> out;
  api::SortedUids taken;
  auto add = [&](const std::vector<PodPtr>& pods, GcReason reason) {
    for (const PodPtr& pod : pods) {
      if (taken.insert(pod->metadata.uid).second) out.push_back({pod, reason});
    }
  };
  add(Terminated(in, rules), GcReason::kTerminated);
  add(TerminatingOutOfService(in, rules), GcReason::kTerminatingOutOfService);
  add(Orphaned(in), GcReason::kOrphaned);
  add(UnscheduledTerminating(in), GcReason::kUnscheduledTerminating);
  return out;
}

std::optional<api::PodStatus> StatusBeforeDelete(const api::Pod& pod, GcReason reason, const PodGcRules& rules,
                                                 UnixMs now) {
  if (!rules.mark_failed_before_delete || api::IsPodTerminated(pod)) return std::nullopt;
  api::PodStatus status = pod.status;
  status.phase = "Failed";
  if (reason == GcReason::kOrphaned && rules.disruption_target_condition) {
    // gcOrphaned's condition.
    UpdatePodCondition(status, {"DisruptionTarget", "True", "DeletionByPodGC", "PodGC: node no longer exists"}, now);
  }
  return status;
}

}  // namespace jobsim::sim
