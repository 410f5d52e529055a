// The resource types jobsim's kubectl knows and the names a user may type for
// them (plural, singular, short name, group-qualified), as discovery lists
// them: pods/pod/po, jobs/job/jobs.batch, events/event/ev, nodes/node/no.
#pragma once

#include <optional>
#include <string>

#include "kubectl/rules.h"

namespace jobsim::kubectl {

enum class ResourceKind { kPod, kJob, kEvent, kNode, kNamespace };

struct ResourceType {
  ResourceKind kind;
  const char* plural;     // "pods", "jobs"
  const char* kind_name;  // "Pod", "Job"
  const char* group;      // "" for the core group, "batch"
  bool namespaced;
};

// nullopt for a type the server does not have.
std::optional<ResourceType> LookupResourceType(const std::string& name);

// client-go's warning line when `name` is a short name that another served
// resource claims too ("Warning: short name \"ev\" could also match lower
// priority resource events.events.k8s.io\n"), from the era that prints it; else "".
std::string ShortNameWarning(const std::string& name, const KubectlRules& rules);

// "-o name": kubectl 1.3 printed "<plural>/<name>" ("pods/pi-x"), modern
// kubectl "<kind>.<group>/<name>" ("pod/pi-x", "job.batch/pi").
std::string NameOutput(const ResourceType& type, const std::string& name, bool legacy);

}  // namespace jobsim::kubectl
