// The gate table: stages as pkg/features/kube_features.go had them in each
// release (the versioned specs of 1.31+, and the stored kube_features.go of
// the earlier releases for the gates removed since). The messages are those
// of k8s.io/component-base/featuregate/feature_gate.go.
#include "sim/feature_gates.h"

#include <fmt/format.h>

namespace jobsim::sim {
namespace {

constexpr GateStage kAlpha = GateStage::kAlpha;
constexpr GateStage kBeta = GateStage::kBeta;
constexpr GateStage kGA = GateStage::kGA;

// What each gate drives. The API-side flags make the API server drop the
// gate's field when off (fakeapi/job_strategy.cc DropDisabledFields).
void TtlAfterFinished(bool on, Profile& p) { p.api.job_ttl = on; }
void SuspendJob(bool on, Profile& p) {
  p.api.job_suspend = on;
  p.controller.suspend = on;
}
void IndexedJob(bool on, Profile& p) { p.api.job_completion_mode = on; }
void ElasticIndexedJob(bool on, Profile& p) { p.api.job_elastic_indexed = on; }
void JobReadyPods(bool on, Profile& p) {
  p.api.job_status_ready = on;
  p.controller.report_ready = on;
}
void JobTrackingWithFinalizers(bool on, Profile& p) {
  p.controller.finalizer_tracking = on;
  p.controller.legacy_counting = !on;
  p.controller.complete_requires_no_active = on;
  p.controller.too_many_active_pods_event = !on;
}
void JobPodFailurePolicy(bool on, Profile& p) { p.api.job_pod_failure_policy = on; }
void JobBackoffLimitPerIndex(bool on, Profile& p) { p.api.job_backoff_limit_per_index = on; }
void JobPodReplacementPolicy(bool on, Profile& p) {
  p.api.job_pod_replacement_policy = on;
  p.controller.pod_replacement_policy = on;
  p.controller.report_terminating = on;
}
void JobSuccessPolicy(bool on, Profile& p) { p.api.job_success_policy = on; }
void JobManagedBy(bool on, Profile& p) { p.api.job_managed_by = on; }
void JobMutableNodeSchedulingDirectives(bool on, Profile& p) { p.api.job_mutable_scheduling_directives = on; }
void TaintNodesByCondition(bool on, Profile& p) { p.node_lifecycle.taint_nodes_by_condition = on; }
void TaintBasedEvictions(bool on, Profile& p) { p.node_lifecycle.taint_based_evictions = on; }
void PodDisruptionConditions(bool on, Profile& p) {
  p.node_lifecycle.disruption_target_condition = on;
  p.pod_gc.disruption_target_condition = on;
}
void NodeOutOfServiceVolumeDetach(bool on, Profile& p) { p.pod_gc.gc_out_of_service = on; }

// delayTerminalCondition() in job_controller.go (1.31+): FailureTarget and
// SuccessCriteriaMet come first when JobManagedBy or JobPodReplacementPolicy
// is on. Older controllers have no such path, whatever the gates say.
constexpr int kDelayedTerminalConditionsMinor = 31;
void DelayedTerminalConditions(const std::map<std::string, bool>& values, Profile& p) {
  if (p.minor < kDelayedTerminalConditionsMinor) return;
  auto on = [&](const char* gate) {
    auto it = values.find(gate);
    return it != values.end() && it->second;
  };
  p.controller.delayed_terminal_conditions = on("JobManagedBy") || on("JobPodReplacementPolicy");
}

// markFailedAndDeletePodWithCondition (pkg/controller/podgc/gc_controller.go):
// PodGC writes phase Failed before its force delete with PodDisruptionConditions,
// and from 1.28 with JobPodReplacementPolicy too. Without the first gate in the
// release (before 1.25; GA and gone from 1.33) the profile's value stands.
void PodGcMarksFailed(const std::map<std::string, bool>& values, Profile& p) {
  auto disruption = values.find("PodDisruptionConditions");
  if (disruption == values.end()) return;
  auto replacement = values.find("JobPodReplacementPolicy");
  p.pod_gc.mark_failed_before_delete = disruption->second || (replacement != values.end() && replacement->second);
}

std::vector<FeatureGate> MakeGates() {
  return {
      // Indexed Jobs may change completions with parallelism (still listed in 1.33, locked).
      {"ElasticIndexedJob", {{27, kBeta, true}, {31, kGA, true, true}}, 0, ElasticIndexedJob},
      // Indexed completion mode: the API keeps spec.completionMode.
      {"IndexedJob", {{21, kAlpha, false}, {22, kBeta, true}, {24, kGA, true, true}}, 26, IndexedJob},
      {"JobBackoffLimitPerIndex", {{28, kAlpha, false}, {29, kBeta, true}, {33, kGA, true, true}}, 0,
       JobBackoffLimitPerIndex},
      {"JobManagedBy", {{30, kAlpha, false}, {32, kBeta, true}}, 0, JobManagedBy},
      // Beta from the start (kube_features.go "beta: v1.23"); no 1.22 stage.
      {"JobMutableNodeSchedulingDirectives", {{23, kBeta, true}, {27, kGA, true, true}}, 29,
       JobMutableNodeSchedulingDirectives},
      {"JobPodFailurePolicy", {{25, kAlpha, false}, {26, kBeta, true}, {31, kGA, true, true}}, 33,
       JobPodFailurePolicy},
      {"JobPodReplacementPolicy", {{28, kAlpha, false}, {29, kBeta, true}}, 0, JobPodReplacementPolicy},
      {"JobReadyPods", {{23, kAlpha, false}, {24, kBeta, true}, {29, kGA, true, true}}, 31, JobReadyPods},
      {"JobSuccessPolicy", {{30, kAlpha, false}, {31, kBeta, true}, {33, kGA, true, true}}, 0, JobSuccessPolicy},
      // Beta but off in 1.24 ("Disabled due to #109485"; 1.23 patch releases
      // turned it off too, 1.23.0 had it on as jobsim's 1.23 profile does).
      {"JobTrackingWithFinalizers",
       {{22, kAlpha, false}, {23, kBeta, true}, {24, kBeta, false}, {25, kBeta, true}, {26, kGA, true, true}},
       28,
       JobTrackingWithFinalizers},
      {"SuspendJob", {{21, kAlpha, false}, {22, kBeta, true}, {24, kGA, true, true}}, 26, SuspendJob},
      {"TTLAfterFinished", {{12, kAlpha, false}, {21, kBeta, true}, {23, kGA, true, true}}, 25, TtlAfterFinished},
      // The node lifecycle and taint eviction controllers (docs/node-eviction.md).
      {"TaintNodesByCondition", {{8, kAlpha, false}, {12, kBeta, true}, {17, kGA, true, true}}, 19,
       TaintNodesByCondition},
      {"TaintBasedEvictions", {{6, kAlpha, false}, {13, kBeta, true}, {18, kGA, true, true}}, 20,
       TaintBasedEvictions},
      {"PodDisruptionConditions", {{25, kAlpha, false}, {26, kBeta, true}, {31, kGA, true, true}}, 33,
       PodDisruptionConditions},
      // The pod garbage collector (docs/pod-gc.md). Still in the 1.32 versioned
      // specs ("remove in 1.31"); gone in 1.33 is approximate.
      {"NodeOutOfServiceVolumeDetach", {{24, kAlpha, false}, {26, kBeta, true}, {28, kGA, true, true}}, 33,
       NodeOutOfServiceVolumeDetach},
  };
}

// The values of the gates of 1.<minor>: defaults, then the settings.
std::map<std::string, bool> GateValues(int minor, const FeatureGateSettings& settings) {
  std::map<std::string, bool> values;
  for (const FeatureGate& gate : FeatureGates()) {
    const GateSpec* spec = gate.At(minor);
    if (!spec) continue;
    auto it = settings.find(gate.name);
    values[gate.name] = it == settings.end() ? spec->default_on : it->second;
  }
  return values;
}

const char* GoBool(bool b) { return b ? "true" : "false"; }

std::string Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\n\r\v\f");
  if (begin == std::string_view::npos) return "";
  const size_t end = s.find_last_not_of(" \t\n\r\v\f");
  return std::string(s.substr(begin, end - begin + 1));
}

}  // namespace

const char* GateStageName(GateStage stage) {
  switch (stage) {
    case GateStage::kAlpha: return "alpha";
    case GateStage::kBeta: return "beta";
    case GateStage::kGA: return "GA";
  }
  return "";
}

const GateSpec* FeatureGate::At(int minor) const {
  if (removed_minor != 0 && minor >= removed_minor) return nullptr;
  const GateSpec* found = nullptr;
  for (const GateSpec& spec : specs) {
    if (spec.from_minor <= minor) found = &spec;
  }
  return found;
}

const std::vector<FeatureGate>& FeatureGates() {
  static const std::vector<FeatureGate> gates = MakeGates();
  return gates;
}

std::optional<bool> ParseGoBool(std::string_view text) {
  for (const char* t : {"1", "t", "T", "TRUE", "true", "True"}) {
    if (text == t) return true;
  }
  for (const char* f : {"0", "f", "F", "FALSE", "false", "False"}) {
    if (text == f) return false;
  }
  return std::nullopt;
}

api::Status ParseFeatureGates(const std::string& text, FeatureGateSettings& out) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    const std::string_view item(text.data() + start, comma - start);
    start = comma + 1;
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    const std::string key = Trim(item.substr(0, eq));
    if (eq == std::string_view::npos) return api::Status::BadRequest("missing bool value for " + key);
    const std::string value = Trim(item.substr(eq + 1));
    const std::optional<bool> b = ParseGoBool(value);
    if (!b) {
      return api::Status::BadRequest(fmt::format(
          "invalid value of {}={}, err: strconv.ParseBool: parsing \"{}\": invalid syntax", key, value, value));
    }
    out[key] = *b;
  }
  return api::Status::Ok();
}

api::Status CheckFeatureGate(int minor, const std::string& name, bool value) {
  for (const FeatureGate& gate : FeatureGates()) {
    if (gate.name != name) continue;
    const GateSpec* spec = gate.At(minor);
    if (!spec) break;
    if (spec->locked && spec->default_on != value) {
      return api::Status::BadRequest(fmt::format("cannot set feature gate {} to {}, feature is locked to {}", name,
                                                 GoBool(value), GoBool(spec->default_on)));
    }
    return api::Status::Ok();
  }
  return api::Status::BadRequest("unrecognized feature gate: " + name);
}

api::Status ApplyFeatureGates(const FeatureGateSettings& settings, Profile& profile) {
  for (const auto& [name, value] : settings) {
    if (api::Status st = CheckFeatureGate(profile.minor, name, value); !st.ok()) return st;
  }
  const std::map<std::string, bool> values = GateValues(profile.minor, settings);
  for (const FeatureGate& gate : FeatureGates()) {
    auto it = values.find(gate.name);
    if (it != values.end()) gate.apply(it->second, profile);
  }
  DelayedTerminalConditions(values, profile);
  PodGcMarksFailed(values, profile);
  profile.feature_gates = FeatureGatesText(settings);
  return api::Status::Ok();
}

std::string FeatureGatesText(const FeatureGateSettings& settings) {
  std::string out;
  for (const auto& [name, value] : settings) out += fmt::format("{}{}={}", out.empty() ? "" : ",", name, GoBool(value));
  return out;
}

}  // namespace jobsim::sim
