// How healthy the cluster's one zone is, and how fast the node lifecycle
// controller may evict in it (ComputeZoneState, handleDisruption,
// setLimiterInZone of pkg/controller/nodelifecycle/node_lifecycle_controller.go).
// Pure. jobsim's nodes carry no zone labels, so they form one zone.
//
//   no node Ready                               FullDisruption: evictions stop
//                                               and NoExecute taints are removed
//                                               (the control plane is presumed cut off)
//   more than 2 not Ready and >= 55 % of them   PartialDisruption: 0.01 nodes/s
//                                               above 50 nodes, stopped below
//   otherwise                                   Normal: 0.1 nodes/s
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jobsim::sim {

enum class ZoneState { kNormal, kPartialDisruption, kFullDisruption };

// From the Ready statuses of the zone's nodes ("True", "False", "Unknown").
// `partial_disruption`: whether the era knows the partial state (1.4+); the
// 1.3 controller only had the all-nodes-down "network segmentation mode".
ZoneState ComputeZoneState(const std::vector<std::string>& ready_statuses, bool partial_disruption);

// The time between two evictions (or NoExecute taintings) in the zone, or
// nullopt when they are stopped. `normal_interval_ms` is 1/--node-eviction-rate.
std::optional<int64_t> EvictionIntervalMs(ZoneState state, size_t zone_size, int64_t normal_interval_ms);

}  // namespace jobsim::sim
