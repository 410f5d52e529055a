// Resource paths, as kube-apiserver lays them out:
//   /api/v1/namespaces/{ns}/pods[/{name}[/{subresource}]]
//   /apis/batch/v1/namespaces/{ns}/jobs[/{name}[/{subresource}]]
//   /api/v1/pods                       (every namespace)
//   /api/v1/nodes[/{name}[/status]], /api/v1/namespaces[/{name}[/status]]
// Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "server/api_resources.h"

namespace jobsim::server {

struct ResourcePath {
  const ApiResource* resource = nullptr;
  std::string namespace_;   // "" for cluster-scoped kinds and all-namespace lists
  std::string name;         // "" for the collection
  std::string subresource;  // "", "status", "log"
};

// nullopt when the segments are not a resource path of a served resource
// (the caller answers 404). REQUIRES: segments start with "api" or "apis".
std::optional<ResourcePath> ParseResourcePath(const std::vector<std::string>& segments,
                                              const std::vector<ApiResource>& resources);

}  // namespace jobsim::server
