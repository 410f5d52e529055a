#include "sim/nodelifecycle/legacy_eviction.h"

#include <algorithm>

namespace jobsim::sim {

UnixMs LegacyEvictionDueMs(const std::string& ready_status, UnixMs ready_transition_ms, UnixMs probe_ms,
                           int64_t pod_eviction_timeout_ms) {
  const UnixMs since = ready_status == "False" ? ready_transition_ms : probe_ms;
  return since + pod_eviction_timeout_ms;
}

UnixMs ForceDeleteDueMs(UnixMs evicted_ms, int64_t deletion_grace_seconds, int64_t maximum_grace_period_ms) {
  return evicted_ms + std::min(deletion_grace_seconds * kMsPerSecond, maximum_grace_period_ms);
}

}  // namespace jobsim::sim
