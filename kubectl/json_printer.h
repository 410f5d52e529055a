// `-o json`: Go's json.MarshalIndent(obj, "", "    ") of the object as
// kubectl holds it (an unstructured map, so keys are sorted), plus a final
// newline. Strings are escaped as encoding/json does: <, >, & as \u003c,
// \u003e, \u0026, U+2028/U+2029, control characters as \u00XX except \n, \r, \b, \f,
// \t, invalid UTF-8 as \ufffd.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace jobsim::kubectl {

std::string ToGoJson(const nlohmann::json& value);

// kubectl up to 1.4: json.Marshal of the typed object, then json.Indent with
// 4 spaces (pkg/kubectl/resource_printer.go JSONPrinter), so each struct's
// keys come in Go declaration order (go_field_order.h) and keys the 2016
// structs lack are dropped, as the typed decode dropped them. The object's own
// apiVersion and kind pick the struct (a List's items each theirs); objects
// and maps without a table keep all their keys, sorted.
std::string ToGoJsonInStructOrder(const nlohmann::json& value);

// json.Marshal of an unstructured value: no indent, keys sorted, no newline.
std::string ToGoJsonCompact(const nlohmann::json& value);

// encoding/json's quoting of one string (with the surrounding quotes).
std::string GoJsonString(const std::string& s);

}  // namespace jobsim::kubectl
