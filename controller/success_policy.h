// spec.successPolicy, typed, and whether an Indexed Job's succeeded indexes
// meet it (matchSuccessPolicy in pkg/controller/job/success_policy.go).
//
// The rules are tried in order and the first one met wins:
//   succeededIndexes (with or without succeededCount): every index of the
//       rule's set has succeeded, or, with succeededCount, at least that
//       many of them have;
//   succeededCount alone: at least that many indexes have succeeded.
// A rule whose succeededIndexes parses to no index (empty, or not the
// interval format) is skipped. No succeeded index at all: nothing is met.
// A met rule i gives SuccessCriteriaMet, reason SuccessPolicy, message
// "Matched rules at index i"; the Job then ends like a completed one.
//
// The Job keeps the policy as raw JSON (fakeapi/types.h); the API server has
// validated it and dropped it where the feature is off, so the parse below
// only has to be total.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "controller/indexed_job.h"
#include "fakeapi/types.h"

namespace jobsim::controller {

struct SuccessPolicyRule {
  std::optional<std::string> succeeded_indexes;
  std::optional<int32_t> succeeded_count;
};

struct SuccessPolicy {
  std::vector<SuccessPolicyRule> rules;
};

// nullopt when the Job has no successPolicy (JSON null).
std::optional<SuccessPolicy> ParseSuccessPolicy(const api::Json& json);

// Pure. The message of the first rule met, or nullopt. policy may be null.
std::optional<std::string> MatchSuccessPolicy(const SuccessPolicy* policy, int32_t completions,
                                              const IndexIntervals& succeeded);

// How many of rule_indexes are in succeeded reaches all of them, or
// succeeded_count when given (matchSucceededIndexesRule).
bool MatchSucceededIndexesRule(const IndexIntervals& rule_indexes, const IndexIntervals& succeeded,
                               std::optional<int32_t> succeeded_count);

}  // namespace jobsim::controller
