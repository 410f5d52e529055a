// `kubectl describe node`: staging/src/k8s.io/kubectl/pkg/describe/describe.go
// describeNode, describeNodeLease and describeNodeResource (the same from
// kubectl 1.27 to 1.33): name, roles, labels, annotations, taints, the
// kubelet's lease, conditions, addresses, capacity, system info, the
// node's non-terminated pods with their requests and limits, the allocated
// totals, and events about the node (by its uid and by its name, as the
// controllers and the kubelet record them). Modern layout only.
// Pure: the node, its pods, its events, its lease and `now` in, the text out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/node_lease.h"
#include "fakeapi/types.h"
#include "kubectl/describe_events.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

// `pods`: the node's pods that are neither Succeeded nor Failed, in list order.
std::string DescribeNode(const api::Node& node, const std::vector<std::shared_ptr<const api::Pod>>& pods,
                         const EventList& events, const api::NodeLease& lease, UnixMs now, const KubectlRules& rules);

}  // namespace jobsim::kubectl
