// OpenAPI v3 documents, as much as kubectl uses: the index (/openapi/v3) and
// one document per group-version holding, for every kind, a PATCH operation
// that names the GVK and lists `fieldValidation` among its own parameters.
// That is what kubectl 1.29+ looks for before create/apply: found, it skips
// client-side schema validation and lets the server validate
// (fieldValidation=Strict), which is the user experience of a real cluster.
// components.schemas carries the served kinds' schemas with upstream's
// descriptions (openapi_schemas.h), which is what `kubectl explain` prints.
// The protobuf v2 document of older kubectl is openapi_v2.h.
// Facts: kubectl-wire.md §3.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "server/api_resources.h"

namespace jobsim::server {

// {"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=…"},…}};
// each hash is of the text `served_text(path)` of the document served there.
api::Json OpenApiIndex(const std::vector<ApiResource>& resources,
                       const std::function<std::string(const std::string& path)>& served_text);
// The document of "api/v1" or "apis/batch/v1"; null when not served.
api::Json OpenApiGroupVersion(const std::vector<ApiResource>& resources, const std::string& path);

}  // namespace jobsim::server
