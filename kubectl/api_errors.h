// How kubectl prints an API error (pkg/kubectl/cmd/util/helpers.go
// StandardErrorMessage): "Error from server (NotFound): pods "x" not found"
// since 1.5, "Error from server: ..." before. Always followed by a newline
// on stderr, exit code 1.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "kubectl/rules.h"

namespace jobsim::kubectl {

std::string ApiErrorText(const api::Status& status, const KubectlRules& rules);

}  // namespace jobsim::kubectl
