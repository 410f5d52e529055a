// JSON <-> typed objects, at the edges only (REST, manifests, -o json/yaml).
//
// Decoding keeps unknown members in `extra`; encoding follows the Go API's
// omitempty rules so that `-o yaml` shows what a real API server returns.
// A decode error names the field path: "spec.parallelism: expected an integer".
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::api {

Json Encode(const Pod& pod);
Json Encode(const Job& job);
Json Encode(const Event& event);
Json Encode(const Node& node);
Json Encode(const Namespace& ns);
Json EncodeMeta(const ObjectMeta& meta);
Json EncodeLabelSelector(const LabelSelector& selector);

// Each returns a BadRequest Status on a type mismatch.
Status Decode(const Json& in, Pod& out);
Status Decode(const Json& in, Job& out);
Status Decode(const Json& in, Event& out);
Status Decode(const Json& in, Node& out);
Status Decode(const Json& in, Namespace& out);

// Time fields render as RFC 3339 strings, or null when zero.
Json EncodeTime(UnixMs t);

}  // namespace jobsim::api
