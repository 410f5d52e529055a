#include "sim/scenario/feature_gate_settings.h"

#include "sim/feature_gates.h"

namespace jobsim::scenario {

api::Status ApplyRunFeatureGates(const Scenario* scenario, const std::string& flag, sim::Profile& profile) {
  sim::FeatureGateSettings from_flag;
  if (api::Status st = sim::ParseFeatureGates(flag, from_flag); !st.ok()) {
    return api::Status::BadRequest("--feature-gates: " + st.message());
  }
  for (const auto& [name, enabled] : from_flag) {
    if (api::Status st = sim::CheckFeatureGate(profile.minor, name, enabled); !st.ok()) {
      return api::Status::BadRequest("--feature-gates: " + st.message());
    }
  }
  sim::FeatureGateSettings merged = from_flag;
  if (scenario) {
    for (const auto& [name, entry] : scenario->feature_gates) {
      if (from_flag.count(name)) continue;
      if (api::Status st = sim::CheckFeatureGate(profile.minor, name, entry.enabled); !st.ok()) {
        return api::Status::BadRequest(entry.location.Prefix() + ": spec.featureGates: " + st.message());
      }
      merged[name] = entry.enabled;
    }
  }
  return sim::ApplyFeatureGates(merged, profile);
}

}  // namespace jobsim::scenario
