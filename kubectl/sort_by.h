// `kubectl get --sort-by=FIELD` (k8s.io/kubectl/pkg/cmd/get/sorter.go,
// SortingPrinter): the objects of a list, or the rows of a server-side Table
// by the objects embedded in them (includeObject=Object), ordered by the
// first value the relaxed JSONPath FIELD finds in each. The sort is Go's
// sort.Sort of the Go release that built the kubectl (not stable: equal
// values come out in that algorithm's order), and Less is sorter.go's:
//
// * an object without the field is less than any other (Less(i, j) is true
//   whenever i has none, even when j has none either);
// * JSON null is less than any value; integers and floats compare as numbers
//   of the same type; two strings that both parse as resource quantities
//   compare as quantities ("500m" < "2", from 1.22), other strings bytewise,
//   or in natural order before 1.31 (NaturalLess: "pi-9" < "pi-10"); RFC 3339
//   times are strings;
// * other pairs (booleans, maps, lists, an integer and a string) cannot be
//   compared: kubectl exits at once through klog.Exitf.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fakeapi/status.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

// sorter.go isLess on two decoded JSON values. A BadRequest with the Go
// error text ("unsortable type: bool", "unsortable interface: interface").
api::Status JsonLess(const nlohmann::json& a, const nlohmann::json& b, const KubectlRules& rules, bool& less);

// The print order of `objects` (indexes into it) for --sort-by=`sort_by`,
// sorted with rules.go_sort.
// A BadRequest is kubectl's error without "error: ": a path that does not
// parse, or no object having the field ("couldn't find any field with path
// \"{.x}\" in the list of objects"). An InternalError is the text of
// kubectl's fatal log line for values it cannot compare ("Field {.x} in
// `go_type` is an unsortable type: ..."), `go_type` being what sorter.go
// names there: "[][][]reflect.Value" for Table rows, else
// "*unstructured.Unstructured".
api::Status SortOrder(const std::string& sort_by, const std::vector<nlohmann::json>& objects,
                      const KubectlRules& rules, const std::string& go_type, std::vector<size_t>& order);

}  // namespace jobsim::kubectl
