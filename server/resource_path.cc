#include "server/resource_path.h"

namespace jobsim::server {

std::optional<ResourcePath> ParseResourcePath(const std::vector<std::string>& segments,
                                              const std::vector<ApiResource>& resources) {
  // {group, version, rest...}: /api/v1/... is the core group.
  const bool core = !segments.empty() && segments[0] == "api";
  const size_t base = core ? 2 : 3;
  if (segments.size() <= base) return std::nullopt;
  const std::string group = core ? "" : segments[1];
  const std::string& version = segments[base - 1];
  std::vector<std::string> rest(segments.begin() + static_cast<long>(base), segments.end());

  ResourcePath out;
  // namespaces/{ns}/{resource}/... unless it is the namespace object itself
  // (namespaces/{name} or namespaces/{name}/status).
  if (rest.size() >= 3 && rest[0] == "namespaces" && rest[2] != "status" && rest[2] != "finalize") {
    out.namespace_ = rest[1];
    rest.erase(rest.begin(), rest.begin() + 2);
  }
  if (rest.empty() || rest.size() > 3) return std::nullopt;
  out.resource = FindResource(resources, group, version, rest[0]);
  if (out.resource == nullptr) return std::nullopt;
  if (!out.resource->namespaced && !out.namespace_.empty()) return std::nullopt;
  if (rest.size() >= 2) out.name = rest[1];
  if (rest.size() == 3) {
    out.subresource = rest[2];
    if (!out.resource->HasSubresource(out.subresource)) return std::nullopt;
  }
  return out;
}

}  // namespace jobsim::server
