// The feature gates of one run: the scenario's spec.featureGates, then the
// --feature-gates flag of `jobsim run` or `jobsim serve` on top (the flag
// wins for a gate both set), checked against the release actually run (a
// --kubernetes-version may differ from the file's) and applied to its profile.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "sim/profile.h"
#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

// scenario may be null (`jobsim serve` without a file). An error names where
// the bad setting was written: "--feature-gates: ..." or "file:line:
// spec.featureGates: ...", with kube-apiserver's message.
api::Status ApplyRunFeatureGates(const Scenario* scenario, const std::string& flag, sim::Profile& profile);

}  // namespace jobsim::scenario
