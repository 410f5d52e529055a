#include "kubectl/api_errors.h"

namespace jobsim::kubectl {

std::string ApiErrorText(const api::Status& status, const KubectlRules& rules) {
  if (!rules.error_reason_in_parentheses) return "Error from server: " + status.message();
  return status.KubectlText();
}

}  // namespace jobsim::kubectl
