// Profiles: what each Kubernetes version does. One table (profile.cc) maps a
// version "1.3" ... "1.33" to the rules of every component; components read
// their rules struct and never compare version numbers themselves. Feature
// gates set by hand then adjust the rules (feature_gates.h).
#pragma once

#include <string>
#include <vector>

#include "controller/rules.h"
#include "fakeapi/api_rules.h"
#include "fakeapi/status.h"
#include "kubectl/rules.h"
#include "sim/events/event_recorder.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"
#include "sim/nodelifecycle/node_lifecycle_rules.h"
#include "sim/podgc/pod_gc_rules.h"

namespace jobsim::sim {

struct Profile {
  int minor = 33;
  std::string version;  // "1.33"
  api::ApiRules api;
  controller::ControllerRules controller;
  KubeletRules kubelet;
  NodeLifecycleRules node_lifecycle;  // the node lifecycle and taint eviction controllers
  PodGcRules pod_gc;                  // the pod garbage collector
  kubectl::KubectlRules kubectl;
  CorrelatorRules events;
  EventApi scheduler_events = EventApi::kEventsV1;
  RuntimeTiming default_timing;  // the era's typical latencies when a scenario gives none
  // Feature gates set by hand ("JobManagedBy=true,TTLAfterFinished=false"),
  // applied by ApplyFeatureGates (feature_gates.h); empty: the release's defaults.
  std::string feature_gates;
};

inline constexpr int kOldestMinor = 3;
inline constexpr int kNewestMinor = 33;

// "1.3", "1.33", "v1.33", "1.33.1" (patch ignored). Unknown versions are an error
// naming the supported range.
api::Status LookupProfile(const std::string& version, Profile& out);

}  // namespace jobsim::sim
