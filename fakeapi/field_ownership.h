// What kube-apiserver's field manager tracks of each served kind: the fields
// a write can own (the object without the metadata the server owns, stripmeta.go,
// and without what the endpoint resets: status through the main resource,
// everything but status through /status; GetResetFields of the strategies),
// the kind's zero object a create is compared with (what
// runtime.DefaultUnstructuredConverter makes of a new Go struct: non-pointer
// structs present, so a create's `spec` is no member of its own), and the
// paths its schema makes atomic. Pure.
#pragma once

#include <string>

#include "fakeapi/field_changes.h"
#include "fakeapi/types.h"

namespace jobsim::api {

// The part of object a write through `subresource` ("" or "status") can own.
Json OwnableFields(const Json& object, const std::string& subresource);

// The zero object of a kind ("Job", "Pod", ...), as the "before" of a create.
const Json& ZeroObjectOf(const std::string& kind);

// The changes of a write through subresource: before null for a create.
FieldChanges WriteChanges(const Json* before, const Json& after, const std::string& subresource);

// Every field of object a writer can own, as a create's changes are (spec and status).
Json FieldsOf(const Json& object);

}  // namespace jobsim::api
