// spec.podFailurePolicy, typed, and what it says about one failed pod
// (matchPodFailurePolicy in pkg/controller/job/pod_failure_policy.go).
//
// The rules are tried in order and the first that matches decides:
//   onExitCodes      a terminated container with a non-zero exit code (app
//                    containers first, then init containers), restricted to
//                    containerName when given; In: the code is listed, NotIn:
//                    it is not; an unknown operator never matches.
//   onPodConditions  a pod condition with the pattern's type and status.
// A matching rule with an action this controller does not know is skipped, as
// upstream's switch skips it. No match: the failure counts (as Count does).
//
// The Job keeps the policy as raw JSON (fakeapi/types.h); the API server has
// validated and defaulted it, so the parse below only has to be total.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/types.h"

namespace jobsim::controller {

// PodFailurePolicyAction in staging/src/k8s.io/api/batch/v1/types.go.
enum class PodFailureAction { kFailJob, kFailIndex, kIgnore, kCount, kUnknown };

struct OnExitCodesRequirement {
  std::optional<std::string> container_name;
  std::string op;  // "In" or "NotIn"
  std::vector<int32_t> values;
};

struct OnPodConditionsPattern {
  std::string type;
  std::string status;
};

struct PodFailurePolicyRule {
  PodFailureAction action = PodFailureAction::kUnknown;
  std::optional<OnExitCodesRequirement> on_exit_codes;
  // Set (possibly empty) when the rule has an onPodConditions list.
  std::optional<std::vector<OnPodConditionsPattern>> on_pod_conditions;
};

struct PodFailurePolicy {
  std::vector<PodFailurePolicyRule> rules;
};

// "FailJob", "FailIndex", "Ignore", "Count"; kUnknown -> "".
const char* ActionName(PodFailureAction action);

// nullopt when the Job has no podFailurePolicy (JSON null).
std::optional<PodFailurePolicy> ParsePodFailurePolicy(const api::Json& json);

struct PodFailureMatch {
  std::optional<size_t> rule_index;  // the rule that decided, if any
  std::optional<PodFailureAction> action;
  bool count_failed = true;  // false only for Ignore
  // FailJob only: the FailureTarget/Failed condition message.
  std::optional<std::string> fail_job_message;
};

// Pure: no policy -> the failure counts.
PodFailureMatch MatchPodFailurePolicy(const PodFailurePolicy* policy, const api::Pod& failed_pod);

}  // namespace jobsim::controller
