// /openapi/v2 as kubectl 1.27/1.28 need it before `create -f` and `apply -f`
// (and newer kubectl when v3 is missing): a protobuf gnostic
// openapi.v2.Document (a JSON swagger document is useless to them) holding,
// per kind, a PATCH operation with the GVK vendor extension and the write's
// query parameters, fieldValidation among them. With it kubectl leaves
// validation to the server, as with the v3 documents (openapi.h). Its
// definitions are the v3 documents' schemas (openapi_v2_schemas.h), every
// served kind's with its GVKs. Field numbers: kubectl-wire.md §3.3. Pure function.
#pragma once

#include <string>
#include <vector>

#include "server/api_resources.h"

namespace jobsim::server {

// Not the Accept string kubectl sends: Go's MIME parser rejects its '@'.
inline constexpr const char* kOpenApiV2ContentType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf";

std::string OpenApiV2Protobuf(const std::vector<ApiResource>& resources, int minor);

}  // namespace jobsim::server
