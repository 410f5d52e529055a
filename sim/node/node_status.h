// The Node object a kubelet registers and the status it posts afterwards
// (pkg/kubelet/kubelet_node_status.go, pkg/kubelet/nodestatus/setters.go):
// the hostname and os/arch labels, the attach-detach and TTL annotations,
// addresses, capacity and allocatable, nodeInfo, daemonEndpoints, the node
// IPAM controller's podCIDR(s), and the kubelet's conditions in setter order
// (OutOfDisk where the era has it, MemoryPressure, DiskPressure, PIDPressure
// where the era has it, Ready). Pure.
//
// Scenarios name their nodes only, so every node is the same documented
// machine (sim/node/README.md "Nodes"); the identity ids (machineID,
// systemUUID, bootID) come from the named random stream "node-identity/<name>".
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

// The index-th node (0-based) of the scenario as it is registered at `now`:
// InternalIP 10.0.0.<index+1>, podCIDR 10.244.<index>.0/24. `node_labels`
// (the kubelet's --node-labels) are added to its own labels and win over them.
api::Node RegisteredNode(const std::string& name, int index, UnixMs now, uint64_t seed, const KubeletRules& rules,
                         const api::StringMap& node_labels = {});

// One status post of the kubelet's condition setters at `now` (already
// truncated to the second): every kubelet condition gets lastHeartbeatTime
// `now`; one whose status was not the kubelet's (Unknown after the node
// lifecycle controller) gets it back with lastTransitionTime `now`.
// Returns the node events the setters record for such transitions, in order
// ("NodeHasSufficientMemory", ..., "NodeReady").
std::vector<std::string> PostNodeConditions(std::vector<api::Condition>& conditions, UnixMs now,
                                            const KubeletRules& rules);

}  // namespace jobsim::sim
