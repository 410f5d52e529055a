// The kubelet's container garbage collection for one container of a pod, as
// the docker-era kubelet did it every minute (pkg/kubelet/dockertools/
// container_gc.go, evictableContainers and enforceMaxContainersPerEvictUnit):
// the dead instances created at least `container_gc_min_age_ms` ago are
// evictable, and of those the newest `container_gc_keep_per_container` stay.
// Pure: the creation times of the dead instances still there, oldest first,
// and the time of the pass in; how many of the oldest the pass removes out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

size_t ContainerGcRemovals(const std::vector<int64_t>& dead_created_ms, int64_t now_ms, const KubeletRules& rules);

}  // namespace jobsim::sim
