// The resource types jobsim's kubectl knows and the names a user may type for
// them (plural, singular, short name, group-qualified), as discovery lists
// them: pods/pod/po, jobs/job/jobs.batch, events/event/ev, nodes/node/no.
#pragma once

#include <optional>
#include <string>

namespace jobsim::kubectl {

enum class ResourceKind { kPod, kJob, kEvent, kNode };

struct ResourceType {
  ResourceKind kind;
  const char* plural;     // "pods", "jobs"
  const char* kind_name;  // "Pod", "Job"
  const char* group;      // "" for the core group, "batch"
  bool namespaced;
};

// nullopt for a type the server does not have.
std::optional<ResourceType> LookupResourceType(const std::string& name);

// "-o name": kubectl 1.3 printed "<plural>/<name>" ("pods/pi-x"), modern
// kubectl "<kind>.<group>/<name>" ("pod/pi-x", "job.batch/pi").
std::string NameOutput(const ResourceType& type, const std::string& name, bool legacy);

}  // namespace jobsim::kubectl
