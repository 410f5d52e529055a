// `kubectl get TYPE [NAME...]` with -o wide|yaml|json|name|jsonpath=...,
// -l, --field-selector, -A, -n, --show-labels and (before 1.10) -a.
//
// Human output: the era's table (get_printer.h); nothing to print is
// "No resources found in <ns> namespace." on stderr (1.17+), "No resources
// found." (1.5-1.16) or silence (1.3). Generic output (yaml, json, jsonpath,
// name): one object when a single name was asked for, else a v1 List.
#pragma once

#include "fakeapi/store.h"
#include "kubectl/command_line.h"
#include "kubectl/output.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

Output RunGet(const CommandLine& command, const api::Store& store, const KubectlRules& rules);

}  // namespace jobsim::kubectl
