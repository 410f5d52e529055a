// Scenario files -> Scenario. Everything wrong with a file (not YAML, an
// unknown verb or field, a bad duration or type, a manifest that is missing or
// malformed, an unsupported kubernetesVersion) is found here, before t=0, and
// reported as one `file:line: message`: the first error in file order.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "sim/scenario/scenario.h"

namespace jobsim::scenario {

// On error returns a BadRequest whose message is "file:line: message".
api::Status LoadScenario(const std::string& path, Scenario& out);

// The same from text already read; path names the file in messages and is the
// base of relative manifest paths.
api::Status ParseScenario(const std::string& text, const std::string& path, Scenario& out);

}  // namespace jobsim::scenario
