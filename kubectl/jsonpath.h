// `-o jsonpath=TEMPLATE` (k8s.io/client-go/util/jsonpath as kubectl runs it,
// with missing keys allowed): text outside braces is copied, each {action}
// prints its results separated by spaces; strings print raw, numbers and
// booleans as Go prints them, maps and lists as compact JSON.
//
// Supported: .field (with \. escapes), .*, ..field, [n], [a:b(:s)], [*],
// ['k1','k2'], [?(@.x == "v")] with == != < > <= >= or existence,
// {range ...}{end}, string literals {"\n"}, $ and @.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fakeapi/status.h"

namespace jobsim::kubectl {

// Runs `tmpl` on `data`. A parse error or an evaluation error (index out of
// range, non-list indexed) is a BadRequest whose message is kubectl's reason.
api::Status RunJsonPath(const std::string& tmpl, const nlohmann::json& data, std::string& out);

// JSONPath.FindResults: the values of each top-level action of `tmpl` (text
// outside braces is one string value), unprinted. {range} is not supported here.
api::Status FindJsonPathResults(const std::string& tmpl, const nlohmann::json& data,
                                std::vector<std::vector<nlohmann::json>>& results);

}  // namespace jobsim::kubectl
