#include "server/field_validation.h"

#include "server/openapi_schemas.h"

namespace jobsim::server {
namespace {

using api::Json;

void Walk(const Json& value, const Json& schema_or_ref, const std::string& path, std::vector<std::string>& out) {
  const Json& schema = ResolveSchema(schema_or_ref);
  if (value.is_array()) {
    const auto items = schema.find("items");
    if (items == schema.end()) return;
    for (size_t i = 0; i < value.size(); ++i) Walk(value[i], *items, path + "[" + std::to_string(i) + "]", out);
    return;
  }
  if (!value.is_object()) return;
  const auto properties = schema.find("properties");
  if (properties == schema.end()) {
    // A map: every value has the same schema. An opaque type has none.
    const auto values = schema.find("additionalProperties");
    if (values == schema.end() || !values->is_object()) return;
    for (const auto& [key, member] : value.items()) Walk(member, *values, path + "." + key, out);
    return;
  }
  for (const auto& [key, member] : value.items()) {
    if (!key.empty() && key[0] == '$') continue;
    const std::string child = path.empty() ? key : path + "." + key;
    const auto property = properties->find(key);
    if (property == properties->end()) {
      out.push_back(child);
    } else {
      Walk(member, *property, child, out);
    }
  }
}

}  // namespace

std::optional<FieldValidation> ParseFieldValidation(const std::string& value) {
  if (value == "Ignore") return FieldValidation::kIgnore;
  if (value == "Warn" || value.empty()) return FieldValidation::kWarn;
  if (value == "Strict") return FieldValidation::kStrict;
  return std::nullopt;
}

std::vector<std::string> UnknownFields(const Json& object, const std::string& schema_name) {
  std::vector<std::string> out;
  const Json& schemas = OpenApiSchemas();
  const auto schema = schemas.find(schema_name);
  if (schema != schemas.end()) Walk(object, *schema, "", out);
  return out;
}

// Wording of sigs.k8s.io/json's strict decoder (UnknownFieldError) and of
// apiserver's strict decoding error (k8s.io/apimachinery/pkg/runtime/error.go).
std::string UnknownFieldMessage(const std::string& path) { return "unknown field \"" + path + "\""; }

std::string StrictDecodingMessage(const std::vector<std::string>& paths) {
  std::string out = "strict decoding error: ";
  for (size_t i = 0; i < paths.size(); ++i) out += (i == 0 ? "" : ", ") + UnknownFieldMessage(paths[i]);
  return out;
}

// transformDecodeError (k8s.io/apiserver/pkg/endpoints/handlers/rest.go), the
// body naming its kind: "%s in version %q cannot be handled as a %s: %v".
std::string DecodeErrorMessage(const std::string& kind, const std::string& version, const std::string& error) {
  return kind + " in version \"" + version + "\" cannot be handled as a " + kind + ": " + error;
}

}  // namespace jobsim::server
