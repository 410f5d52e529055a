// The field order of the Go API structs, as data. kubectl up to 1.4 printed
// `get -o json` from typed objects (pkg/api/v1, pkg/apis/batch/v1,
// pkg/apis/extensions/v1beta1 of 2016), so encoding/json wrote each object's
// keys in struct declaration order; from 1.5 it prints unstructured maps
// (sorted keys). One table per Go struct, listing all its fields; a field
// names the struct its value (or each element of its list) holds, or nothing
// for scalars, maps (whose keys encoding/json sorts) and structs without a
// table here (printed with sorted keys).
#pragma once

#include <span>
#include <string_view>

namespace jobsim::kubectl {

struct GoField {
  std::string_view key;   // the JSON name
  std::string_view type;  // the Go struct of the value or of each element; "" if none
};

// runtime.RawExtension (a List's items): the struct follows from the value's
// own apiVersion and kind.
inline constexpr std::string_view kGoRawExtension = "runtime.RawExtension";

// The fields of `type` in declaration order; empty for an unknown type.
std::span<const GoField> GoStructFields(std::string_view type);

// The Go struct of a top-level object ("v1.Pod", "batch/v1.Job",
// "extensions/v1beta1.Job", "v1.List", ...); "" when kubectl 1.3 knew no such kind.
std::string_view GoObjectType(std::string_view api_version, std::string_view kind);

}  // namespace jobsim::kubectl
