#include "server/openapi.h"

#include <cstdint>

#include <fmt/format.h>

#include "server/openapi_schemas.h"

namespace jobsim::server {
namespace {

using api::Json;

std::string PathOf(const ApiResource& r) { return r.group.empty() ? "api/v1" : "apis/" + r.GroupVersion(); }

// kubectl caches each document under its URL, hash included: the hash must
// change with the content. FNV-1a of the document is enough for that.
std::string ContentHash(const std::string& text) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
  return fmt::format("{:016X}", h);
}

Json PatchOperation(const ApiResource& r) {
  return {{"x-kubernetes-group-version-kind", {{"group", r.group}, {"version", r.version}, {"kind", r.kind_name}}},
          {"parameters",
           {{{"name", "fieldValidation"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
            {{"name", "dryRun"}, {"in", "query"}, {"schema", {{"type", "string"}}}},
            {{"name", "fieldManager"}, {"in", "query"}, {"schema", {{"type", "string"}}}}}}};
}

std::string ObjectPath(const ApiResource& r) {
  return "/" + PathOf(r) + (r.namespaced ? "/namespaces/{namespace}/" : "/") + r.plural + "/{name}";
}

}  // namespace

Json OpenApiGroupVersion(const std::vector<ApiResource>& resources, const std::string& path) {
  Json paths = Json::object();
  std::vector<const ApiResource*> served;
  for (const ApiResource& r : resources) {
    if (PathOf(r) != path) continue;
    if (r.Allows("patch")) paths[ObjectPath(r)] = {{"patch", PatchOperation(r)}};
    served.push_back(&r);
  }
  if (served.empty()) return nullptr;
  // extensions/v1beta1 jobs share batch/v1's type: each document names its own group-version.
  const Json schemas = ServedSchemas(served);
  return {{"openapi", "3.0.0"},
          {"info", {{"title", "Kubernetes"}, {"version", "v1"}}},
          {"paths", paths},
          {"components", {{"schemas", schemas}}}};
}

Json OpenApiIndex(const std::vector<ApiResource>& resources,
                  const std::function<std::string(const std::string& path)>& served_text) {
  Json paths = Json::object();
  for (const ApiResource& r : resources) {
    const std::string path = PathOf(r);
    if (paths.contains(path)) continue;
    const std::string hash = ContentHash(served_text(path));
    paths[path] = {{"serverRelativeURL", "/openapi/v3/" + path + "?hash=" + hash}};
  }
  return {{"paths", paths}};
}

}  // namespace jobsim::server
