// The resources the server serves, as discovery lists them: one row per
// (group, version, resource) with its kind, scope, short names, verbs and
// subresources. Discovery (discovery.h), OpenAPI (openapi.h) and routing
// (api_server.h) all read this one table.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/api_rules.h"
#include "sim/scenario/object_ref.h"

namespace jobsim::server {

using scenario::Kind;

struct Subresource {
  std::string name;       // "status", "log"
  std::string kind;       // the kind it answers with; "" for log (text)
  std::vector<std::string> verbs;
};

struct ApiResource {
  Kind kind = Kind::kPod;
  std::string group;      // "" for the core group
  std::string version;    // "v1"
  std::string plural;     // "pods"
  std::string singular;   // "pod"
  std::string kind_name;  // "Pod"
  bool namespaced = true;
  std::vector<std::string> short_names;
  std::vector<std::string> categories;
  std::vector<std::string> verbs;
  std::vector<Subresource> subresources;

  std::string GroupVersion() const;  // "v1", "batch/v1"
  // As kube-apiserver names it in messages: "pods", "jobs.batch".
  std::string QualifiedResource() const;
  bool HasSubresource(const std::string& name) const;
  bool Allows(const std::string& verb) const;  // verb is in verbs
};

// What the profile's API server serves: core v1 pods, events, nodes,
// namespaces; batch/v1 jobs; events.k8s.io/v1 events; extensions/v1beta1 jobs
// where the profile has them.
// Ordered as discovery lists them (groups in order of first appearance).
std::vector<ApiResource> ServedResources(const api::ApiRules& rules);

// nullptr when (group, version, plural) is not served.
const ApiResource* FindResource(const std::vector<ApiResource>& resources, const std::string& group,
                                const std::string& version, const std::string& plural);

}  // namespace jobsim::server
