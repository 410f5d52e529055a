// `kubectl describe TYPE NAME`, `describe TYPE/NAME`, `describe TYPE -l SEL`
// and `describe TYPE` (all in the namespace), for jobs and pods.
//
// Several objects are separated by a blank line ("\n\n" before each but the
// first). A single missing NAME falls back to every object whose name starts
// with it (describe.go DescribeMatchingResources, each printed with a
// trailing newline), and is a NotFound error only when none does.
#pragma once

#include "fakeapi/store.h"
#include "kubectl/command_line.h"
#include "kubectl/output.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

Output RunDescribe(const CommandLine& command, const api::Store& store, const KubectlRules& rules);

}  // namespace jobsim::kubectl
