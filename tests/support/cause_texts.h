// The causes of an Invalid Status as "field: message", the way kubectl and
// kube-apiserver's own message print them.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/status.h"

namespace jobsim::testing {

inline std::vector<std::string> CauseTexts(const api::Status& status) {
  std::vector<std::string> out;
  for (const api::StatusCause& cause : status.causes()) out.push_back(cause.Text());
  return out;
}

}  // namespace jobsim::testing
