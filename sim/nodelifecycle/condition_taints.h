// Which taints the node lifecycle controller wants on a node for its
// conditions (pkg/controller/nodelifecycle/node_lifecycle_controller.go). Pure.
//
//   Ready   False    node.kubernetes.io/not-ready
//   Ready   Unknown  node.kubernetes.io/unreachable
//
// as NoSchedule taints (doNoScheduleTaintingPass, TaintNodesByCondition) and,
// with taint-based evictions, as the one NoExecute taint
// (doNoExecuteTaintingPass: the two are mutually exclusive, as the condition is).
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/nodelifecycle/taint.h"

namespace jobsim::sim {

// The Ready condition's status; "Unknown" when the node has none (a node that
// never posted status counts as unreachable).
std::string ReadyStatus(const api::Node& node);

// The taint key for a Ready status, or "" for True.
const char* ReadyTaintKey(const std::string& ready_status);

// The node's taints with those the controller manages for `effect`
// (not-ready and unreachable) replaced by `want`. Others, the user's among
// them, keep their place; new ones are appended with time_added = now, as
// AddOrUpdateTaintOnNode does; a wanted taint already present keeps its time.
std::vector<Taint> ReconcileTaints(const std::vector<Taint>& current, const char* effect,
                                   const std::vector<Taint>& want, UnixMs now);

// Whether the node carries a not-ready or unreachable taint of `effect`.
bool HasManagedTaint(const std::vector<Taint>& taints, const char* effect);

// The controller-managed taints of `effect` a node in this Ready status should
// carry: none when Ready, else the key of ReadyTaintKey.
std::vector<Taint> WantedTaints(const std::string& ready_status, const char* effect);

}  // namespace jobsim::sim
