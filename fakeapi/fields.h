// The fields each kind supports in a field selector (the apiserver's
// per-kind field label tables), and whether an object belongs to a list:
// Store::List and the watch cache of `jobsim serve` decide alike.
#pragma once

#include <optional>
#include <string>

#include "fakeapi/selector.h"
#include "fakeapi/types.h"

namespace jobsim::api {

// A field's value, or nullopt when the kind does not support that field.
std::optional<std::string> FieldOf(const Pod& p, const std::string& field);
std::optional<std::string> FieldOf(const Job& j, const std::string& field);
std::optional<std::string> FieldOf(const Event& e, const std::string& field);
std::optional<std::string> FieldOf(const Node& n, const std::string& field);
std::optional<std::string> FieldOf(const Namespace& n, const std::string& field);

// Labels and fields only (the namespace is the caller's to check). An
// unsupported field is a BadRequest, as kube-apiserver answers a list.
template <class T>
Status MatchesSelectors(const T& object, const Selector& labels, const FieldSelector& fields, bool& matches) {
  matches = labels.Matches(object.metadata.labels);
  if (!matches || fields.empty()) return Status::Ok();
  return fields.Matches([&](const std::string& f) { return FieldOf(object, f); }, matches);
}

}  // namespace jobsim::api
