#include "kubectl/resource_types.h"

#include <array>
#include <string_view>

#include "kubectl/ascii.h"

namespace jobsim::kubectl {
namespace {

struct Entry {
  ResourceType type;
  std::array<const char*, 6> names;
  // The other served resource that claims the type's short name (names[2]):
  // kube-apiserver gives core/v1 and events.k8s.io/v1 events both "ev".
  const char* short_name_also = "";
};

constexpr std::array<Entry, 5> kTypes = {{
    {{ResourceKind::kPod, "pods", "Pod", "", true}, {"pods", "pod", "po", "pods.v1", "pod.v1", ""}},
    {{ResourceKind::kJob, "jobs", "Job", "batch", true},
     {"jobs", "job", "jobs.batch", "job.batch", "jobs.v1.batch", "job.v1.batch"}},
    {{ResourceKind::kEvent, "events", "Event", "", true},
     {"events", "event", "ev", "events.v1", "event.v1", ""},
     "events.events.k8s.io"},
    {{ResourceKind::kNode, "nodes", "Node", "", false}, {"nodes", "node", "no", "nodes.v1", "node.v1", ""}},
    {{ResourceKind::kNamespace, "namespaces", "Namespace", "", false},
     {"namespaces", "namespace", "ns", "namespaces.v1", "namespace.v1", ""}},
}};

}  // namespace

std::optional<ResourceType> LookupResourceType(const std::string& name) {
  const std::string wanted = ToLower(name);
  for (const Entry& e : kTypes) {
    for (const char* n : e.names) {
      if (*n != '\0' && wanted == n) return e.type;
    }
  }
  return std::nullopt;
}

std::string ShortNameWarning(const std::string& name, const KubectlRules& rules) {
  if (!rules.short_name_ambiguity_warning) return "";
  const std::string typed = ToLower(name);
  for (const Entry& e : kTypes) {
    if (typed == e.names[2] && *e.short_name_also != '\0') {
      return "Warning: short name \"" + typed + "\" could also match lower priority resource " +
             e.short_name_also + "\n";
    }
  }
  return "";
}

std::string NameOutput(const ResourceType& type, const std::string& name, bool legacy) {
  if (legacy) return std::string(type.plural) + "/" + name;
  std::string kind = ToLower(type.kind_name);
  if (*type.group != '\0') kind += std::string(".") + type.group;
  return kind + "/" + name;
}

}  // namespace jobsim::kubectl
