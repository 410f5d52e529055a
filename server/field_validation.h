// Server-side field validation (the `fieldValidation` query parameter of
// create, update and patch, GA in Kubernetes 1.27): members of a body that the
// kind's schema (openapi_schemas.h) does not know are rejected (Strict), sent
// back as Warning headers (Warn, the default) or dropped silently (Ignore;
// jobsim keeps them in the objects' `extra` either way). Only schemas that list
// their properties are checked: maps and the types jobsim serves as opaque
// objects accept any member. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::server {

enum class FieldValidation { kIgnore, kWarn, kStrict };

// "Ignore", "Warn", "Strict"; "" is Warn (kube-apiserver's default); nullopt
// for anything else.
std::optional<FieldValidation> ParseFieldValidation(const std::string& value);

// The paths of the unknown members of `object` checked against the named
// schema, in document order: "spec.foo", "spec.template.spec.containers[0].imagez".
// Keys starting with '$' (strategic-merge directives) are skipped.
std::vector<std::string> UnknownFields(const api::Json& object, const std::string& schema_name);

// What kube-apiserver says of each, for a 400 (Strict) or a Warning (Warn):
// `unknown field "spec.foo"`.
std::string UnknownFieldMessage(const std::string& path);
// The BadRequest message of a Strict failure:
// `strict decoding error: unknown field "spec.foo", unknown field "spec.bar"`.
std::string StrictDecodingMessage(const std::vector<std::string>& paths);
// The BadRequest message of a create or update whose body does not decode:
// `Job in version "v1" cannot be handled as a Job: strict decoding error: ...`.
std::string DecodeErrorMessage(const std::string& kind, const std::string& version, const std::string& error);

}  // namespace jobsim::server
