#include "kubectl/logging_pod_order.h"

#include <algorithm>

namespace jobsim::kubectl {
namespace {

// ByLogging's phase ranks; a phase missing from its Go map reads as 0.
int PhaseRank(const std::string& phase) {
  if (phase == "Unknown") return 1;
  if (phase == "Pending") return 2;
  return 0;
}

// The Ready condition's lastTransitionTime when it is True, else 0 (podReadyTime).
UnixMs ReadyTime(const api::Pod& pod) {
  for (const api::Condition& c : *pod.status.conditions) {
    if (c.type == "Ready" && c.status == "True") return c.last_transition_time;
  }
  return 0;
}

bool IsReady(const api::Pod& pod) {
  for (const api::Condition& c : *pod.status.conditions) {
    if (c.type == "Ready") return c.status == "True";
  }
  return false;
}

int32_t MaxRestarts(const api::Pod& pod) {
  int32_t most = 0;
  for (const auto& s : pod.status.container_statuses) most = std::max(most, s.restart_count);
  return most;
}

// afterOrZero: t1 after t2, a zero time being after any other.
bool AfterOrZero(UnixMs t1, UnixMs t2) {
  if (t1 == 0 || t2 == 0) return t1 == 0;
  return t1 > t2;
}

}  // namespace

bool LessForLogging(const api::Pod& a, const api::Pod& b) {
  const std::string& node_a = a.spec->node_name;
  const std::string& node_b = b.spec->node_name;
  if (node_a != node_b && (node_a.empty() || node_b.empty())) return !node_a.empty();
  if (PhaseRank(a.status.phase) != PhaseRank(b.status.phase)) {
    return PhaseRank(a.status.phase) < PhaseRank(b.status.phase);
  }
  if (IsReady(a) != IsReady(b)) return IsReady(a);
  if (IsReady(a) && IsReady(b) && ReadyTime(a) != ReadyTime(b)) return AfterOrZero(ReadyTime(b), ReadyTime(a));
  if (MaxRestarts(a) != MaxRestarts(b)) return MaxRestarts(a) > MaxRestarts(b);
  const UnixMs created_a = a.metadata.creation_timestamp, created_b = b.metadata.creation_timestamp;
  if (created_a != created_b) return AfterOrZero(created_b, created_a);
  return false;
}

size_t FirstPodForLogging(const std::vector<std::shared_ptr<const api::Pod>>& pods, GoSortAlgorithm algorithm) {
  std::vector<size_t> order(pods.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SortInterface data;
  data.n = static_cast<int>(pods.size());
  data.less = [&](int i, int j) {
    return LessForLogging(*pods[order[static_cast<size_t>(i)]], *pods[order[static_cast<size_t>(j)]]);
  };
  data.swap = [&](int i, int j) { std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(j)]); };
  GoSort(algorithm, data);
  return order[0];
}

}  // namespace jobsim::kubectl
