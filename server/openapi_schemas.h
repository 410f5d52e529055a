// The OpenAPI v3 component schemas of the served kinds, with upstream's
// descriptions (the data is openapi_schemas_data.cc): what `kubectl explain`
// prints, and the field names field validation checks against
// (field_validation.h). Pure functions over immutable data.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "server/api_resources.h"

namespace jobsim::server {

// {"io.k8s.api.batch.v1.Job": {...}, ...}, parsed once.
const api::Json& OpenApiSchemas();

// The schema name of a resource's kind: "io.k8s.api.batch.v1.Job" (also for
// extensions/v1beta1 jobs, which share the type), "io.k8s.api.events.v1.Event".
std::string SchemaNameOf(const ApiResource& resource);

// The named schemas and every schema they reference, as components.schemas.
api::Json SchemaClosure(const std::vector<std::string>& roots);

// The closure of the resources' kinds, each kind's schema carrying the GVKs
// it is served as (x-kubernetes-group-version-kind, as upstream's documents
// do): how kubectl finds a kind's schema.
api::Json ServedSchemas(const std::vector<const ApiResource*>& resources);

// The name a $ref or allOf:[{$ref}] points to; "" when the schema refers to nothing.
std::string SchemaRefName(const api::Json& schema);

// The schema a property or array item points to: follows allOf:[{$ref}] and
// $ref; the schema itself when it refers to nothing.
const api::Json& ResolveSchema(const api::Json& schema);

// Defined in openapi_schemas_data.cc.
const char* OpenApiSchemasText();

}  // namespace jobsim::server
