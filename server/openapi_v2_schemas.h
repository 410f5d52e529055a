// The served component schemas (OpenAPI v3 JSON, openapi_schemas.h) as the
// `definitions` of the protobuf OpenAPI v2 document (openapi_v2.h): gnostic
// openapi.v2.Definitions, which kubectl 1.27/1.28 read to find a kind's
// schema by its x-kubernetes-group-version-kind and, for client-side `apply`
// and `diff`, the patch strategy of each field (x-kubernetes-patch-strategy,
// x-kubernetes-patch-merge-key). Field numbers: gnostic's OpenAPIv2.proto
// (github.com/google/gnostic-models openapiv2/OpenAPIv2.proto). Pure function.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::server {

// {"io.k8s.api.batch.v1.Job": {...}, ...} → Definitions{1 repeated NamedSchema}.
// `allOf:[{$ref}]` becomes a `#/definitions/` reference, as in upstream's
// api/openapi-spec/swagger.json; vendor extensions keep their values.
std::string DefinitionsProtobuf(const api::Json& schemas);

}  // namespace jobsim::server
