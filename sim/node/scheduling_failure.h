// What the scheduler says, and when it tries again, when no node can take a
// pod. jobsim's nodes differ only in readiness, so the one filter that fails
// is the node lifecycle controller's: a node whose Ready condition is Unknown
// is tainted node.kubernetes.io/unreachable, False node.kubernetes.io/not-ready
// (pkg/controller/nodelifecycle), and Job pods do not tolerate NoSchedule
// taints. Pure; the wording per era is KubeletRules::fit_error_form.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

// The taint the node lifecycle controller puts on a node with this Ready status.
const char* NotReadyTaintKey(const std::string& ready_status);

// The FailedScheduling message and the PodScheduled=False condition's message
// (FitError.Error(), pkg/scheduler/framework/types.go): `nodes` is every
// node, `not_ready_taints` the taint key of each node that is not Ready.
std::string FitErrorMessage(FitErrorForm form, size_t nodes, const std::vector<std::string>& not_ready_taints);

// The back-off before retrying a pod that failed `attempts` times: 1 s doubling, capped.
int64_t SchedulingBackoffMs(const KubeletRules& rules, int attempts);

// When an unschedulable pod is tried again if no node changes: after the
// back-off (1.3's scheduler), or once parked pods are flushed.
int64_t UnschedulableRetryMs(const KubeletRules& rules, int attempts);

}  // namespace jobsim::sim
