// Feature gates: the gates of upstream's pkg/features/kube_features.go that
// jobsim models, their stage in each release, and the rule flags each one
// sets. A profile comes from the version table (profile.cc) first; then every
// gate that exists in that release sets the flags it drives from its value,
// the release's default unless a scenario or --feature-gates says otherwise.
// With every gate at its default this changes nothing: the version table
// holds the same defaults (tests/sim/feature_gates_test.cc checks it for
// every release).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fakeapi/status.h"
#include "sim/profile.h"

namespace jobsim::sim {

enum class GateStage { kAlpha, kBeta, kGA };
const char* GateStageName(GateStage stage);  // "alpha", "beta", "GA"

// One FeatureSpec of kube_features.go: in force from this release until the next one.
struct GateSpec {
  int from_minor = 0;
  GateStage stage = GateStage::kAlpha;
  bool default_on = false;
  bool locked = false;  // LockToDefault: setting the other value is an error
};

struct FeatureGate {
  std::string name;
  std::vector<GateSpec> specs;  // ascending from_minor
  int removed_minor = 0;        // the first release without the gate; 0 = still there in the newest
  // Sets the rule flags the gate drives (see docs/profiles.md, "Feature gates").
  void (*apply)(bool enabled, Profile& profile) = nullptr;

  // The spec in force in 1.<minor>, or nullptr where the gate does not exist.
  const GateSpec* At(int minor) const;
};

// Every modelled gate, in name order.
const std::vector<FeatureGate>& FeatureGates();

// Gates set by hand, by name. A later setting of the same gate replaces an
// earlier one, as in component-base.
using FeatureGateSettings = std::map<std::string, bool>;

// strconv.ParseBool: 1, t, T, TRUE, true, True and their false forms.
std::optional<bool> ParseGoBool(std::string_view text);
// The --feature-gates flag, "Name=true,Other=false" (featuregate.Set in
// k8s.io/component-base/featuregate/feature_gate.go, with its messages).
api::Status ParseFeatureGates(const std::string& text, FeatureGateSettings& out);
// One setting against the gates of 1.<minor>: "unrecognized feature gate: X",
// "cannot set feature gate X to false, feature is locked to true".
api::Status CheckFeatureGate(int minor, const std::string& name, bool value);
// Checks every setting (the first error in name order is returned; nothing is
// changed then), then sets the flags of every gate of the profile's release
// from its value.
api::Status ApplyFeatureGates(const FeatureGateSettings& settings, Profile& profile);
// "JobManagedBy=true,TTLAfterFinished=false": the flag's form, in name order.
std::string FeatureGatesText(const FeatureGateSettings& settings);

}  // namespace jobsim::sim
