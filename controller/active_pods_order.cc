#include "controller/active_pods_order.h"

#include <algorithm>

namespace jobsim::controller {
namespace {

int PhaseRank(const std::string& phase) {
  if (phase == "Unknown") return 1;
  if (phase == "Running") return 2;
  return 0;  // Pending, and any phase the map does not know
}

const api::Condition* ReadyCondition(const api::Pod& pod) {
  for (const api::Condition& c : pod.status.conditions) {
    if (c.type == "Ready") return &c;
  }
  return nullptr;
}

bool IsReady(const api::Pod& pod) {
  const api::Condition* c = ReadyCondition(pod);
  return c && c->status == "True";
}

// afterOrZero: a zero time sorts first, then the later time.
bool AfterOrZero(UnixMs a, UnixMs b) {
  if (a == 0 || b == 0) return a == 0;
  return a > b;
}

int32_t MaxRestarts(const api::Pod& pod) {
  int32_t max = 0;
  for (const api::ContainerStatus& s : pod.status.container_statuses) max = std::max(max, s.restart_count);
  return max;
}

}  // namespace

bool DeleteBefore(const api::Pod& a, const api::Pod& b) {
  const bool a_unassigned = a.spec->node_name.empty();
  const bool b_unassigned = b.spec->node_name.empty();
  if (a_unassigned != b_unassigned) return a_unassigned;
  if (PhaseRank(a.status.phase) != PhaseRank(b.status.phase)) {
    return PhaseRank(a.status.phase) < PhaseRank(b.status.phase);
  }
  if (IsReady(a) != IsReady(b)) return !IsReady(a);
  if (IsReady(a) && IsReady(b)) {
    const UnixMs ta = ReadyCondition(a)->last_transition_time;
    const UnixMs tb = ReadyCondition(b)->last_transition_time;
    if (ta != tb) return AfterOrZero(ta, tb);
  }
  if (MaxRestarts(a) != MaxRestarts(b)) return MaxRestarts(a) > MaxRestarts(b);
  if (a.metadata.creation_timestamp != b.metadata.creation_timestamp) {
    return AfterOrZero(a.metadata.creation_timestamp, b.metadata.creation_timestamp);
  }
  return a.metadata.name < b.metadata.name;
}

void SortForDeletion(std::vector<const api::Pod*>& pods) {
  std::sort(pods.begin(), pods.end(), [](const api::Pod* a, const api::Pod* b) { return DeleteBefore(*a, *b); });
}

}  // namespace jobsim::controller

