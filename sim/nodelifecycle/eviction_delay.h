// When the taint manager evicts a pod from a node with NoExecute taints
// (processPodOnNode, GetMatchingTolerations and getMinTolerationTime of
// pkg/controller/tainteviction/taint_eviction.go). Pure.
//
//   a taint no toleration tolerates          now
//   every taint tolerated                    after the smallest tolerationSeconds
//                                            of the tolerations that matched
//                                            (the first matching one per taint);
//                                            <= 0 means now
//   tolerated, none with tolerationSeconds   never
//
// The delay counts from when the controller saw the taint, not from the
// taint's timeAdded (upstream schedules the work at time.Now()).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "sim/nodelifecycle/taint.h"

namespace jobsim::sim {

// Whether some toleration tolerates each taint (GetMatchingTolerations).
bool AllTolerated(const std::vector<Taint>& taints, const std::vector<Toleration>& tolerations);

// REQUIRES: no_execute_taints is not empty. nullopt: tolerated forever.
std::optional<int64_t> EvictionDelayMs(const std::vector<Taint>& no_execute_taints,
                                       const std::vector<Toleration>& tolerations);

// The NoExecute taints among a node's taints (getNoExecuteTaints).
std::vector<Taint> NoExecuteTaints(const std::vector<Taint>& taints);

}  // namespace jobsim::sim
