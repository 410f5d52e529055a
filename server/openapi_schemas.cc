#include "server/openapi_schemas.h"

#include <algorithm>
#include <set>

namespace jobsim::server {
namespace {

using api::Json;

constexpr const char* kRefPrefix = "#/components/schemas/";

// Every schema name referenced anywhere below `schema`.
void CollectRefs(const Json& schema, std::set<std::string>& out) {
  if (schema.is_object()) {
    const std::string name = SchemaRefName(schema);
    if (!name.empty()) out.insert(name);
    for (const auto& [key, value] : schema.items()) CollectRefs(value, out);
  } else if (schema.is_array()) {
    for (const Json& value : schema) CollectRefs(value, out);
  }
}

}  // namespace

std::string SchemaRefName(const Json& schema) {
  if (!schema.is_object()) return "";
  if (auto it = schema.find("$ref"); it != schema.end() && it->is_string()) {
    return it->get<std::string>().substr(std::string(kRefPrefix).size());
  }
  if (auto it = schema.find("allOf"); it != schema.end() && it->is_array() && it->size() == 1) {
    return SchemaRefName((*it)[0]);
  }
  return "";
}

const Json& OpenApiSchemas() {
  static const Json schemas = Json::parse(OpenApiSchemasText());
  return schemas;
}

std::string SchemaNameOf(const ApiResource& resource) {
  if (resource.kind == Kind::kJob) return "io.k8s.api.batch.v1.Job";
  if (resource.group == "events.k8s.io") return "io.k8s.api.events.v1." + resource.kind_name;
  return "io.k8s.api.core.v1." + resource.kind_name;
}

Json SchemaClosure(const std::vector<std::string>& roots) {
  const Json& all = OpenApiSchemas();
  Json out = Json::object();
  std::vector<std::string> pending(roots.begin(), roots.end());
  while (!pending.empty()) {
    const std::string name = pending.back();
    pending.pop_back();
    if (out.contains(name) || !all.contains(name)) continue;
    out[name] = all[name];
    std::set<std::string> refs;
    CollectRefs(all[name], refs);
    pending.insert(pending.end(), refs.begin(), refs.end());
  }
  return out;
}

Json ServedSchemas(const std::vector<const ApiResource*>& resources) {
  std::vector<std::string> roots;
  for (const ApiResource* r : resources) roots.push_back(SchemaNameOf(*r));
  Json schemas = SchemaClosure(roots);
  for (const ApiResource* r : resources) {
    Json& gvks = schemas[SchemaNameOf(*r)]["x-kubernetes-group-version-kind"];
    const Json gvk = {{"group", r->group}, {"kind", r->kind_name}, {"version", r->version}};
    if (gvks.is_null()) gvks = Json::array();
    if (std::find(gvks.begin(), gvks.end(), gvk) == gvks.end()) gvks.push_back(gvk);
  }
  return schemas;
}

const Json& ResolveSchema(const Json& schema) {
  const std::string name = SchemaRefName(schema);
  if (name.empty()) return schema;
  const Json& all = OpenApiSchemas();
  const auto it = all.find(name);
  return it == all.end() ? schema : *it;
}

}  // namespace jobsim::server
