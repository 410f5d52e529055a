#include "sim/scenario/controller_manager.h"

namespace jobsim::scenario {

void ApplyControllerManager(const Scenario& scenario, sim::Profile& profile) {
  if (scenario.terminated_pod_gc_threshold) {
    profile.pod_gc.terminated_pod_threshold = *scenario.terminated_pod_gc_threshold;
  }
}

}  // namespace jobsim::scenario
