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

// encoding/json's quoting of one string (with the surrounding quotes).
std::string GoJsonString(const std::string& s);

}  // namespace jobsim::kubectl
