// A valid events.k8s.io/v1 Event about a Node (cluster-scoped: no regarding
// namespace), in namespace ns: the object of the per-release event rules.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::testing {

inline api::Event NodeEvent(const std::string& ns) {
  api::Event e;
  e.metadata.name = "node-1.1";
  e.metadata.namespace_ = ns;
  e.involved_object.kind = "Node";
  e.involved_object.name = "node-1";
  e.event_time = 1'735'689'600'000;
  e.reporting_component = "example.com/monitor";
  e.reporting_instance = "monitor-1";
  e.action = "Check";
  e.reason = "Checked";
  e.type = "Normal";
  return e;
}

}  // namespace jobsim::testing
