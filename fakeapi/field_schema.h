// How kube-apiserver's field manager sees the structure of jobsim's kinds:
// which lists are atomic, sets or maps (and their keys), and which maps are
// atomic. structured-merge-diff reads this from the OpenAPI schema's
// x-kubernetes-list-type, x-kubernetes-list-map-keys and x-kubernetes-map-type
// (a list with patchStrategy merge and a patchMergeKey but no list type is a
// map on that key; without a patch strategy, atomic). The table is in
// field_schema.cc, from upstream's api/openapi-spec/v3. Pure.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::api {

enum class FieldShape {
  kGranular,  // a map or struct whose fields are owned one by one (the default of objects)
  kAtomic,    // one value: a scalar, an atomic list (the default of lists), an atomic map or struct
  kSet,       // a list of scalars whose values are owned one by one (`v:"value"`)
  kMap,       // a list of objects whose items are owned one by one, by key (`k:{"name":"pi"}`)
};

struct ListKeys {
  std::vector<std::string> names;  // x-kubernetes-list-map-keys, in schema order
  // Values the schema defaults a missing key to (ports' protocol: "TCP"),
  // which structured-merge-diff uses to key an item without it.
  std::map<std::string, Json> defaults;
};

class FieldSchema {
 public:
  struct Entry {
    FieldShape shape = FieldShape::kAtomic;
    ListKeys keys;  // of a kMap
  };
  using Table = std::map<std::string, Entry, std::less<>>;

  explicit FieldSchema(Table table) : table_(std::move(table)) {}

  // The shape of the value at path: dotted field names from the object's
  // root, list items written "[]" ("spec.template.spec.containers[].ports").
  // value decides the default of a path the table does not name: objects
  // granular, anything else atomic.
  FieldShape ShapeAt(const std::string& path, const Json& value) const;
  // The keys of a kMap list; REQUIRES ShapeAt(path) == kMap.
  const ListKeys& KeysAt(const std::string& path) const;

 private:
  Table table_;
};

// The schema of a kind ("Job", "Pod", "Event", "Node", "Namespace"; any
// other kind only has metadata's).
const FieldSchema& FieldSchemaOf(const std::string& kind);

// The set key of a list item: `k:{"containerPort":80,"protocol":"TCP"}` (key
// fields sorted by name, as structured-merge-diff writes them; a missing key
// takes its default). Empty when the item is no object or lacks a key
// without default.
std::string ItemKeyOf(const ListKeys& keys, const Json& item);
// The set key of a set's value: `v:"batch.kubernetes.io/job-tracking"`.
std::string ValueKeyOf(const Json& value);

}  // namespace jobsim::api
