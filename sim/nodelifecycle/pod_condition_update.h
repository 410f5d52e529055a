// What the node controllers write into a pod's status. Pure.
#pragma once

#include "fakeapi/types.h"

namespace jobsim::sim {

// apipod.UpdatePodCondition (pkg/api/v1/pod/util.go): sets `condition` in the
// status, its lastTransitionTime now, or kept when the status does not
// change. Returns whether anything changed.
bool UpdatePodCondition(api::PodStatus& status, api::Condition condition, UnixMs now);

// MarkPodsNotReady (pkg/controller/util/node/controller_utils.go): the pod's
// Ready condition, if it has one, turned False (reason and message kept).
// Returns whether anything changed.
bool MarkPodNotReady(api::PodStatus& status, UnixMs now);

// The condition the taint manager adds before it deletes a pod
// (addConditionAndDeletePod, pkg/controller/tainteviction/taint_eviction.go).
api::Condition TaintManagerDisruptionTarget();

// DeletePods' SetPodTerminationReason (the node controller's own eviction,
// 1.5+): reason NodeLost and its message. Returns whether anything changed.
bool SetNodeLostReason(api::PodStatus& status, const std::string& node, const std::string& pod);

}  // namespace jobsim::sim
