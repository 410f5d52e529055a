// What one write changed, as field sets (managed_fields.h's FieldsV1 form):
// structured-merge-diff's typed Comparison of the object before and after
// (sigs.k8s.io/structured-merge-diff/v4/typed/compare.go), which kube-apiserver
// uses to record the writer's Update entry in metadata.managedFields. Pure.
//
// Shaped like what kube-apiserver shows: a map, list or list item that the
// write added where there was nothing (not even null) is itself a member
// ("."), besides its fields; empty maps and atomic values (scalars, atomic
// lists and maps: field_schema.h) are leaves, and so is each value of a set.
#pragma once

#include <string>

#include "fakeapi/field_schema.h"
#include "fakeapi/types.h"

namespace jobsim::api {

struct FieldChanges {
  Json changed = Json::object();  // added or modified (Comparison.Added ∪ Modified)
  Json removed = Json::object();  // present before, absent after; a leaf stands for its subtree
  bool Empty() const { return changed.empty() && removed.empty(); }
};

// The changes from before to after (both objects of the kind schema describes).
FieldChanges CompareFields(const Json& before, const Json& after, const FieldSchema& schema);

// set − other: the paths of other leave set (a leaf of other takes its whole
// subtree), and the maps they leave empty go.
void SubtractSet(Json& set, const Json& other);

}  // namespace jobsim::api
