// The three PATCH bodies kube-apiserver accepts, as pure functions on JSON:
// JSON merge patch (RFC 7386), JSON patch (RFC 6902) and strategic merge patch
// (Kubernetes: lists of structs merge by a key such as a container's `name`).
// The scenario runner and the REST surface both apply a patch to the object as
// the API returns it (fakeapi/codec.h Encode) and decode the result.
//
// Strategic merge knows the patch strategies of the fields jobsim stores (Pod,
// Job, Node, Namespace, Event): merge keys by field name, `$patch:
// replace|delete|merge`, `$retainKeys`, `$deleteFromPrimitiveList/<field>` and
// `$setElementOrder/<field>`. Lists without a strategy are replaced, as upstream.
#pragma once

#include <optional>
#include <string>

#include "fakeapi/status.h"
#include "fakeapi/types.h"

namespace jobsim::api {

enum class PatchType { kMerge, kStrategic, kJson };

// "merge", "strategic", "json" (the names kubectl's --type takes).
std::optional<PatchType> ParsePatchType(const std::string& name);
// application/merge-patch+json, application/strategic-merge-patch+json, application/json-patch+json.
const char* PatchContentType(PatchType type);

// The patchMergeKey of a list field ("containers" -> "name"); nullopt for
// lists without one (replaced whole). Field sets (managedFields) key lists
// by the schema's list-map keys instead (field_schema.h).
std::optional<std::string> MergeKeyOf(const std::string& field);

// RFC 7386: null deletes a member, objects merge recursively, anything else replaces.
Json MergePatch(const Json& target, const Json& patch);

// RFC 6902 operations add, remove, replace, move, copy, test. A malformed patch
// or a failing operation is a BadRequest naming the operation.
Status JsonPatch(const Json& target, const Json& patch, Json& out);

// Kubernetes strategic merge patch. REQUIRES: patch is an object (else BadRequest).
Status StrategicMergePatch(const Json& target, const Json& patch, Json& out);

// Dispatches on type.
Status ApplyPatch(PatchType type, const Json& target, const Json& patch, Json& out);

}  // namespace jobsim::api
