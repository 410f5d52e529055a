// `kubectl get -o custom-columns=HEADER:PATH,...` (k8s.io/kubectl/pkg/cmd/get/
// customcolumn.go): one column per HEADER:PATH, the path a relaxed JSONPath
// (`.metadata.name`, `metadata.name`, `{.metadata.name}`); each cell joins
// the path's values with "," as Go's %v prints them, `<none>` when it finds
// nothing. The header line comes first, even when there are no objects.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fakeapi/status.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

struct CustomColumn {
  std::string header;
  std::string field_spec;  // "{.metadata.name}"
};

// The spec after "custom-columns="; a BadRequest with kubectl's message when malformed.
api::Status ParseCustomColumns(const std::string& spec, std::vector<CustomColumn>& columns);

// RelaxedJSONPathExpression: "a.b", ".a.b", "{a.b}", "{.a.b}" -> "{.a.b}"; "" stays "".
api::Status RelaxedJsonPath(const std::string& path, std::string& out);

// Go's %v of a decoded JSON value: strings raw, map[k:v ...] with sorted keys, [a b].
std::string GoValueText(const nlohmann::json& value);

std::string RenderCustomColumns(const std::vector<CustomColumn>& columns, const std::vector<nlohmann::json>& objects,
                                const KubectlRules& rules);

}  // namespace jobsim::kubectl
