// What one write changed, as field sets (managed_fields.h's FieldsV1 form):
// structured-merge-diff's typed Comparison of the object before and after
// (sigs.k8s.io/structured-merge-diff/v4/typed/compare.go), which kube-apiserver
// uses to record the writer's Update entry in metadata.managedFields. Pure.
//
// Shaped like what kube-apiserver shows: a map, list or list item that the
// write added where there was nothing (not even null) is itself a member
// ("."), besides its fields; empty maps and atomic values (scalars, lists
// without a merge key, the `atomic` paths) are leaves.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::api {

struct FieldChanges {
  Json changed = Json::object();  // added or modified (Comparison.Added ∪ Modified)
  Json removed = Json::object();  // present before, absent after; a leaf stands for its subtree
  bool Empty() const { return changed.empty() && removed.empty(); }
};

// Dotted paths of maps and list items whose schema makes them atomic
// (`+structType=atomic`, `+listType=atomic` on a list with a merge key),
// list items written `name[]`: "metadata.ownerReferences[]", "spec.selector".
using AtomicPaths = std::vector<std::string>;

// The changes from before to after (both objects).
FieldChanges CompareFields(const Json& before, const Json& after, const AtomicPaths& atomic);

// set − other: the paths of other leave set (a leaf of other takes its whole
// subtree), and the maps they leave empty go.
void SubtractSet(Json& set, const Json& other);

}  // namespace jobsim::api
