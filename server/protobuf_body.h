// Kubernetes protobuf request bodies, as kubectl 1.32+ typed clients send
// them (`kubectl create job x --image=…`, `create namespace`): the magic
// "k8s\0", then a runtime.Unknown {1 typeMeta{1 apiVersion, 2 kind}, 2 raw}
// whose raw bytes are the typed message. Decoded to the JSON the same object
// would have been sent as, for the kinds jobsim stores and the fields a
// typed client fills. gogo-protobuf writes empty values of non-pointer
// fields; they are dropped, as JSON's omitempty would, and the server then
// defaults them. Field numbers: kubectl-wire.md §7 (from the k8s.io/api
// descriptors). Pure functions.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::server {

// false with a message when the body is not such an envelope, names a kind
// jobsim does not decode, or is truncated.
bool DecodeProtobufObject(const std::string& body, api::Json& out, std::string& error);

}  // namespace jobsim::server
