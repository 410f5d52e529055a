// spec.controllerManager of a scenario: the kube-controller-manager flags it
// sets, applied to the profile the World is built from (`jobsim run`, `test`
// and `serve` alike).
#pragma once

#include "sim/profile.h"
#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

// --terminated-pod-gc-threshold -> PodGcRules::terminated_pod_threshold.
void ApplyControllerManager(const Scenario& scenario, sim::Profile& profile);

}  // namespace jobsim::scenario
