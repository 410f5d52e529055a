// When the node controller deletes the pods of a node itself, before
// taint-based evictions (monitorNodeStatus and terminatePods of
// pkg/controller/node/nodecontroller.go). Pure.
//
//   Ready False     pod-eviction-timeout after the controller saw it turn False
//   Ready Unknown   pod-eviction-timeout after the kubelet's last heartbeat
//                   (node-monitor-grace-period before the node became Unknown)
//   1.3/1.4         an evicted pod still there is force-deleted once its
//                   deletion grace period, at most 5 min, has passed since the
//                   eviction
//
// Upstream compares strictly after, at its next 5 s monitor pass (or 100 ms
// termination tick); jobsim acts at the due time itself.
#pragma once

#include <cstdint>
#include <string>

#include "sim/base/clock.h"

namespace jobsim::sim {

UnixMs LegacyEvictionDueMs(const std::string& ready_status, UnixMs ready_transition_ms, UnixMs probe_ms,
                           int64_t pod_eviction_timeout_ms);

UnixMs ForceDeleteDueMs(UnixMs evicted_ms, int64_t deletion_grace_seconds, int64_t maximum_grace_period_ms);

}  // namespace jobsim::sim
