// metadata.managedFields for server-side apply: the set of fields an applied
// configuration names, in the FieldsV1 form kube-apiserver writes
// ({"f:spec":{"f:parallelism":{}}}), and the manager's "Apply" entry that
// records it. Pure functions.
//
// The set is built from the applied configuration itself, the way
// structured-merge-diff does for a typed object (field_schema.h): a map key
// is "f:<key>"; an item of a list map (containers by name, ports by
// containerPort and protocol) is `k:{"name":"pi"}` and is itself a member
// ("."); a value of a set (finalizers) is `v:"value"`; atomic lists and maps
// are one "f:" leaf. Fields the server owns are left out, as upstream's
// stripMeta does, and so is status (reset by the kinds' strategies).
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::api {

// The FieldsV1 set of an applied configuration (an object).
Json FieldSetOf(const Json& applied);

// A path through a field set and the object it describes: its set keys,
// "f:spec" (a map member), `k:{"name":"pi"}` (a list item by key) or
// `v:"a"` (a value of a set).
using FieldPath = std::vector<std::string>;

// One step into an object: "f:spec" -> object["spec"], `k:{"name":"pi"}` ->
// the item of the array whose members equal the key's. Null when absent.
const Json* MemberOf(const Json& value, const std::string& set_key);
Json* MemberOf(Json& value, const std::string& set_key);
// Removes that member (the map key, or the list item); nothing if absent.
void EraseMember(Json& value, const std::string& set_key);
// The value at path, or null.
const Json* ValueAt(const Json& object, const FieldPath& path);

// The leaves of a set: the members whose set is empty ({}); "." marks an
// item as a member and is not a leaf of its own.
std::vector<FieldPath> LeavesOf(const Json& set);
bool SetContains(const Json& set, const FieldPath& path);
// Removes path from the set, and the parents it leaves empty.
void RemoveFromSet(Json& set, const FieldPath& path);
// a ∪ b.
Json SetUnion(const Json& a, const Json& b);

// fieldpath.Path.String() of structured-merge-diff:
// `.spec.template.spec.containers[name="main"].image`.
std::string FieldPathString(const FieldPath& path);

struct ApplyEntry {
  std::string manager;      // fieldManager, "kubectl"
  std::string api_version;  // the group-version applied through, "batch/v1"
  std::string time;         // RFC 3339
  Json fields;         // FieldSetOf the configuration
};

// BuildManagerIdentifier (k8s.io/apimachinery/pkg/util/managedfields/internal/
// managedfields.go): an entry's manager, operation, apiVersion (not an Apply
// entry's) and subresource as JSON, in ManagedFieldsEntry's field order. Two
// entries are one manager's when their identifiers agree; conflicts name it.
std::string ManagerIdentifier(const Json& entry);

// kube-apiserver's order of entries (sortEncodedManagedFields): Apply before
// Update, then by time (whole seconds), manager, apiVersion, subresource.
void SortManagedFields(Json& entries);

// Replaces the manager's Apply entry in object.metadata.managedFields (the
// other managers' entries stay). An unchanged set keeps its old time, as
// upstream, so a repeated apply is a no-op.
void RecordApply(Json& object, const ApplyEntry& entry);

}  // namespace jobsim::api
