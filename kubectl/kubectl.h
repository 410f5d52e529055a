// jobsim's kubectl: what kubectl of the profile's era prints for the commands
// a scenario runs (get, describe, logs), computed from the store at the
// store's current virtual time. Client-side behaviour only: the objects are
// read straight from the api::Store, as the API server would return them.
//
// The scenario runner calls Run with the words after `kubectl`
// (SplitCommandLine splits a typed line with shell quoting rules).
#pragma once

#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "kubectl/command_line.h"
#include "kubectl/output.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

// Reads objects from `store` (namespace "default" unless -n/--namespace/-A);
// time is store.clock(). Never throws; errors come back as kubectl prints
// them, with kubectl's exit code.
Output Run(const std::vector<std::string>& args, api::Store& store, const KubectlRules& rules);

}  // namespace jobsim::kubectl
