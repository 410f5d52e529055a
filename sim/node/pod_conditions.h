// The pod conditions the kubelet owns (pkg/kubelet/status/generate.go), in the
// order generateAPIPodStatus appends them: PodReadyToStartContainers (when the
// era has it), Initialized, Ready, ContainersReady (when the era has it),
// PodScheduled. Conditions the kubelet does not own (DisruptionTarget, ...)
// stay first, in their order. A condition keeps its lastTransitionTime while
// its status does not change (the status manager's rule). Pure.
//
// A write whose conditions are all as stored leaves the stored list shared;
// a new list is taken from the node's memo when it has an equal one, and
// taken whole, without working any condition out, when the memo saw the same
// inputs written over the same list at the same time.
#pragma once

#include <string_view>
#include <vector>

#include "fakeapi/types.h"
#include "sim/node/conditions_memo.h"
#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

struct ConditionsInput {
  const api::Pod* pod = nullptr;  // the spec
  const std::vector<api::ContainerStatus>* init_statuses = nullptr;
  const std::vector<api::ContainerStatus>* statuses = nullptr;
  std::string_view phase;  // the new phase
  bool sandbox_ready = false;  // the pod sandbox with its network exists
  bool pod_has_initialized = false;
  UnixMs now = 0;  // already truncated to the second
  ConditionsMemo* memo = nullptr;  // null: the list is the pod's own
  const std::string* container_names = nullptr;  // memo->Names of the pod's containers, or null
};

// `conditions` holds the stored ones and becomes the new ones.
void UpdatePodConditions(const ConditionsInput& input, const KubeletRules& rules,
                         api::Cow<std::vector<api::Condition>>& conditions);

}  // namespace jobsim::sim
