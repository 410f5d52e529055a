#include "server/openapi_v2_schemas.h"

#include "server/openapi_schemas.h"
#include "server/protobuf_writer.h"

namespace jobsim::server {
namespace {

using api::Json;

// NamedAny{1 name, 2 Any{2 yaml}}. JSON is YAML, and kubectl reads the
// value with a YAML parser (kube-openapi's vendorExtensionToMap).
std::string VendorExtension(const std::string& name, const Json& value) {
  return Field(1, name) + Field(2, Field(2, value.dump()));
}

std::string NamedSchema(const std::string& name, const std::string& schema) {
  return Field(1, name) + Field(2, schema);
}

// Schema{1 _ref, 2 format, 4 description, 19 required, 21 additional_properties,
// 22 type, 23 items, 25 properties, 31 vendor_extension}
std::string SchemaProtobuf(const Json& schema) {
  std::string out;
  const std::string ref = SchemaRefName(schema);
  if (!ref.empty()) out += Field(1, "#/definitions/" + ref);
  for (const auto& [key, value] : schema.items()) {
    if (key == "format" && value.is_string()) out += Field(2, value.get<std::string>());
    if (key == "description" && value.is_string() && !value.get<std::string>().empty()) {
      out += Field(4, value.get<std::string>());
    }
    if (key == "required") {
      for (const Json& name : value) out += Field(19, name.get<std::string>());
    }
    // AdditionalPropertiesItem{1 schema}
    if (key == "additionalProperties" && value.is_object()) out += Field(21, Field(1, SchemaProtobuf(value)));
    // TypeItem{1 value}
    if (key == "type" && value.is_string()) out += Field(22, Field(1, value.get<std::string>()));
    // ItemsItem{1 schema}
    if (key == "items") out += Field(23, Field(1, SchemaProtobuf(value)));
    // Properties{1 NamedSchema}
    if (key == "properties") {
      std::string properties;
      for (const auto& [name, property] : value.items()) properties += Field(1, NamedSchema(name, SchemaProtobuf(property)));
      out += Field(25, properties);
    }
    if (key.rfind("x-", 0) == 0) out += Field(31, VendorExtension(key, value));
  }
  return out;
}

}  // namespace

std::string DefinitionsProtobuf(const Json& schemas) {
  std::string out;
  for (const auto& [name, schema] : schemas.items()) out += Field(1, NamedSchema(name, SchemaProtobuf(schema)));
  return out;
}

}  // namespace jobsim::server
