#include "server/openapi_v2.h"

#include <fmt/format.h>

#include "server/openapi_schemas.h"
#include "server/openapi_v2_schemas.h"
#include "server/protobuf_writer.h"

namespace jobsim::server {
namespace {

// ParametersItem{1 Parameter{2 NonBodyParameter{3 QueryParameterSubSchema{2 in, 4 name, 6 type}}}}
std::string QueryParameter(const std::string& name) {
  return Field(8, Field(1, Field(2, Field(3, Field(2, "query") + Field(4, name) + Field(6, "string")))));
}

std::string V2PatchOperation(const ApiResource& r) {
  std::string op;
  for (const char* p : {"dryRun", "fieldManager", "fieldValidation", "force"}) op += QueryParameter(p);
  // Responses{1 NamedResponseValue{1 "200", 2 ResponseValue{1 Response{1 description}}}}
  op += Field(9, Field(1, Field(1, "200") + Field(2, Field(1, Field(1, "OK")))));
  // NamedAny{1 name, 2 Any{2 yaml}}
  const std::string gvk = fmt::format("group: {}\nkind: {}\nversion: {}\n", r.group.empty() ? "\"\"" : r.group,
                                      r.kind_name, r.version);
  op += Field(13, Field(1, "x-kubernetes-group-version-kind") + Field(2, Field(2, gvk)));
  return op;
}

std::string V2ObjectPath(const ApiResource& r) {
  const std::string base = r.group.empty() ? "/api/v1" : "/apis/" + r.GroupVersion();
  return base + (r.namespaced ? "/namespaces/{namespace}/" : "/") + r.plural + "/{name}";
}

}  // namespace

std::string OpenApiV2Protobuf(const std::vector<ApiResource>& resources, int minor) {
  std::string paths;
  std::vector<const ApiResource*> kinds;
  for (const ApiResource& r : resources) {
    kinds.push_back(&r);
    // Paths{2 NamedPathItem{1 name, 2 PathItem{8 patch}}}
    paths += Field(2, Field(1, V2ObjectPath(r)) + Field(2, Field(8, V2PatchOperation(r))));
  }
  const std::string info = Field(1, "Kubernetes") + Field(2, fmt::format("v1.{}.0", minor));
  return Field(1, "2.0") + Field(2, info) + Field(8, paths) + Field(9, DefinitionsProtobuf(ServedSchemas(kinds)));
}

}  // namespace jobsim::server
