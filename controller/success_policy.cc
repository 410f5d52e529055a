#include "controller/success_policy.h"

#include <algorithm>

#include <fmt/format.h>

namespace jobsim::controller {
namespace {

// The message prefix of pkg/controller/job/success_policy.go (rulesMatchedMsg).
constexpr const char* kRulesMatchedMessage = "Matched rules at index";

SuccessPolicyRule ParseSuccessRule(const api::Json& json) {
  SuccessPolicyRule rule;
  if (auto it = json.find("succeededIndexes"); it != json.end() && it->is_string()) {
    rule.succeeded_indexes = it->get<std::string>();
  }
  if (auto it = json.find("succeededCount"); it != json.end() && it->is_number_integer()) {
    rule.succeeded_count = it->get<int32_t>();
  }
  return rule;
}

}  // namespace

std::optional<SuccessPolicy> ParseSuccessPolicy(const api::Json& json) {
  if (json.is_null()) return std::nullopt;
  SuccessPolicy policy;
  if (!json.is_object()) return policy;
  if (auto it = json.find("rules"); it != json.end() && it->is_array()) {
    for (const api::Json& r : *it) {
      if (r.is_object()) policy.rules.push_back(ParseSuccessRule(r));
    }
  }
  return policy;
}

bool MatchSucceededIndexesRule(const IndexIntervals& rule_indexes, const IndexIntervals& succeeded,
                               std::optional<int32_t> succeeded_count) {
  const auto& rule = rule_indexes.intervals();
  const auto& done = succeeded.intervals();
  int64_t contains = 0;
  size_t r = 0, s = 0;
  // Both lists are sorted and disjoint: walk them together, adding overlaps.
  while (r < rule.size() && s < done.size()) {
    const int32_t overlap = std::min(rule[r].second, done[s].second) - std::max(rule[r].first, done[s].first) + 1;
    if (overlap > 0) contains += overlap;
    if (done[s].second < rule[r].second) {
      ++s;
    } else if (done[s].second > rule[r].second) {
      ++r;
    } else {
      ++s;
      ++r;
    }
  }
  return contains == rule_indexes.Total() || (succeeded_count && contains >= *succeeded_count);
}

std::optional<std::string> MatchSuccessPolicy(const SuccessPolicy* policy, int32_t completions,
                                              const IndexIntervals& succeeded) {
  if (!policy || succeeded.intervals().empty()) return std::nullopt;
  for (size_t i = 0; i < policy->rules.size(); ++i) {
    const SuccessPolicyRule& rule = policy->rules[i];
    if (rule.succeeded_indexes) {
      const IndexIntervals required = IndexIntervals::Parse(*rule.succeeded_indexes, completions);
      if (required.intervals().empty()) continue;  // unparsable: skipped, as upstream
      if (MatchSucceededIndexesRule(required, succeeded, rule.succeeded_count)) {
        return fmt::format("{} {}", kRulesMatchedMessage, i);
      }
    } else if (rule.succeeded_count && succeeded.Total() >= *rule.succeeded_count) {
      return fmt::format("{} {}", kRulesMatchedMessage, i);
    }
  }
  return std::nullopt;
}

}  // namespace jobsim::controller
