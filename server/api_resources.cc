#include "server/api_resources.h"

namespace jobsim::server {
namespace {

const std::vector<std::string> kAllVerbs = {"create", "delete", "deletecollection", "get",
                                            "list",   "patch",  "update",           "watch"};

Subresource StatusOf(const std::string& kind) { return {"status", kind, {"get", "patch", "update"}}; }

ApiResource Jobs(const std::string& group, const std::string& version) {
  return {Kind::kJob, group, version, "jobs", "job", "Job", true, {}, {"all"}, kAllVerbs, {StatusOf("Job")}};
}

}  // namespace

std::string ApiResource::GroupVersion() const { return group.empty() ? version : group + "/" + version; }

std::string ApiResource::QualifiedResource() const { return group.empty() ? plural : plural + "." + group; }

bool ApiResource::Allows(const std::string& verb) const {
  for (const std::string& v : verbs) {
    if (v == verb) return true;
  }
  return false;
}

bool ApiResource::HasSubresource(const std::string& name) const {
  for (const Subresource& s : subresources) {
    if (s.name == name) return true;
  }
  return false;
}

std::vector<ApiResource> ServedResources(const api::ApiRules& rules) {
  std::vector<ApiResource> out = {
      {Kind::kPod, "", "v1", "pods", "pod", "Pod", true, {"po"}, {"all"}, kAllVerbs,
       {{"log", "", {"get"}}, StatusOf("Pod")}},
      {Kind::kEvent, "", "v1", "events", "event", "Event", true, {"ev"}, {}, kAllVerbs, {}},
      {Kind::kNode, "", "v1", "nodes", "node", "Node", false, {"no"}, {}, kAllVerbs, {StatusOf("Node")}},
      {Kind::kNamespace, "", "v1", "namespaces", "namespace", "Namespace", false, {"ns"}, {},
       {"create", "delete", "get", "list", "patch", "update", "watch"}, {StatusOf("Namespace")}},
      Jobs("batch", "v1"),
      // The same events as core/v1, converted both ways (server/events_v1.h).
      {Kind::kEvent, "events.k8s.io", "v1", "events", "event", "Event", true, {"ev"}, {}, kAllVerbs, {}},
  };
  if (rules.serves_extensions_jobs) out.push_back(Jobs("extensions", "v1beta1"));
  return out;
}

const ApiResource* FindResource(const std::vector<ApiResource>& resources, const std::string& group,
                                const std::string& version, const std::string& plural) {
  for (const ApiResource& r : resources) {
    if (r.group == group && r.version == version && r.plural == plural) return &r;
  }
  return nullptr;
}

}  // namespace jobsim::server
