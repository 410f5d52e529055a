// The lines kubectl prints after a write, so that a transcript's mutating
// steps read like a terminal session of the profile's era:
// `job "pi" created` (1.3), `job.batch/pi created` (1.11+), warnings as
// `Warning: ...`, API errors as kubectl's checkErr formats them.
#pragma once

#include <string>

#include "fakeapi/status.h"
#include "kubectl/rules.h"
#include "sim/scenario/object_ref.h"

namespace jobsim::scenario {

enum class Operation { kCreated, kConfigured, kUnchanged, kPatched, kPatchedNoChange, kDeleted };

std::string SuccessLine(const kubectl::KubectlRules& rules, Kind kind, const std::string& name, Operation op);

// An API error; `verb` and `source` ("creating", "job.yaml") add kubectl's
// `error when creating "job.yaml": ` to errors other than Invalid.
std::string ErrorText(const kubectl::KubectlRules& rules, const api::Status& status, const std::string& verb = "",
                      const std::string& source = "");

// A resource the API does not serve (`extensions/v1beta1` Jobs after 1.7).
std::string NoMatchText(const std::string& kind, const std::string& api_version, const std::string& source);

}  // namespace jobsim::scenario
