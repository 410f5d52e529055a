#include "sim/node/container_gc.h"

namespace jobsim::sim {

size_t ContainerGcRemovals(const std::vector<int64_t>& dead_created_ms, int64_t now_ms, const KubeletRules& rules) {
  // evictableContainers skips instances created after now - minAge; the
  // instances are oldest first, so the evictable ones are a prefix.
  size_t evictable = 0;
  while (evictable < dead_created_ms.size() && dead_created_ms[evictable] <= now_ms - rules.container_gc_min_age_ms) {
    ++evictable;
  }
  const size_t keep = static_cast<size_t>(rules.container_gc_keep_per_container);
  return evictable > keep ? evictable - keep : 0;
}

}  // namespace jobsim::sim
