// The body of a write, by its Content-Type: JSON, YAML (as kube-apiserver
// accepts both), or the Kubernetes protobuf envelope that kubectl 1.32+
// typed clients send for `kubectl create job`. Anything else is a 415, a body
// that does not parse a 400, both as Status answers.
#pragma once

#include <optional>

#include "fakeapi/types.h"
#include "server/http_message.h"

namespace jobsim::server {

// The media type without parameters, lower-case: "application/json".
std::string MediaType(const std::string& content_type);

// An object body (create, update, DeleteOptions). nullopt on success, else the error answer.
std::optional<Response> DecodeObjectBody(const Request& request, api::Json& out);

// A YAML (or JSON, which is YAML) object body: server-side apply's
// application/apply-patch+yaml.
std::optional<Response> ParseYamlBody(const std::string& body, api::Json& out);

// The JSON body of a PATCH (an object, or an array for a JSON patch).
std::optional<Response> ParseJsonBody(const std::string& body, api::Json& out);

}  // namespace jobsim::server
