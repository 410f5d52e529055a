#include "controller/pod_failure_policy.h"

#include <algorithm>

#include <fmt/format.h>

namespace jobsim::controller {
namespace {

// Each field read leniently: a missing or mistyped field reads as empty.
std::string StringField(const api::Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

PodFailureAction ParseAction(const std::string& name) {
  for (PodFailureAction a : {PodFailureAction::kFailJob, PodFailureAction::kFailIndex, PodFailureAction::kIgnore,
                             PodFailureAction::kCount}) {
    if (name == ActionName(a)) return a;
  }
  return PodFailureAction::kUnknown;
}

OnExitCodesRequirement ParseOnExitCodes(const api::Json& json) {
  OnExitCodesRequirement req;
  if (auto it = json.find("containerName"); it != json.end() && it->is_string()) {
    req.container_name = it->get<std::string>();
  }
  req.op = StringField(json, "operator");
  if (auto it = json.find("values"); it != json.end() && it->is_array()) {
    for (const api::Json& v : *it) {
      if (v.is_number_integer()) req.values.push_back(v.get<int32_t>());
    }
  }
  return req;
}

PodFailurePolicyRule ParsePodFailureRule(const api::Json& json) {
  PodFailurePolicyRule rule;
  rule.action = ParseAction(StringField(json, "action"));
  if (auto it = json.find("onExitCodes"); it != json.end() && it->is_object()) {
    rule.on_exit_codes = ParseOnExitCodes(*it);
  }
  if (auto it = json.find("onPodConditions"); it != json.end() && it->is_array()) {
    auto& patterns = rule.on_pod_conditions.emplace();
    for (const api::Json& p : *it) {
      if (p.is_object()) patterns.push_back({StringField(p, "type"), StringField(p, "status")});
    }
  }
  return rule;
}

bool OperatorMatches(const OnExitCodesRequirement& req, int32_t exit_code) {
  const bool listed = std::find(req.values.begin(), req.values.end(), exit_code) != req.values.end();
  if (req.op == "In") return listed;
  if (req.op == "NotIn") return !listed;
  return false;
}

// The first terminated container with a non-zero exit code that the
// requirement matches (exit code 0 never matches, even with NotIn).
const api::ContainerStatus* MatchingContainer(const std::vector<api::ContainerStatus>& statuses,
                                              const OnExitCodesRequirement& req) {
  for (const api::ContainerStatus& s : statuses) {
    if (!s.state.terminated()) continue;  // still running or terminating: no exit code yet
    if (req.container_name && *req.container_name != s.name) continue;
    const int32_t code = s.state.terminated()->exit_code;
    if (code != 0 && OperatorMatches(req, code)) return &s;
  }
  return nullptr;
}

const api::ContainerStatus* MatchOnExitCodes(const api::PodStatus& status, const OnExitCodesRequirement& req) {
  if (const api::ContainerStatus* s = MatchingContainer(status.container_statuses, req)) return s;
  return MatchingContainer(status.init_container_statuses, req);
}

const api::Condition* MatchOnPodConditions(const api::PodStatus& status,
                                           const std::vector<OnPodConditionsPattern>& patterns) {
  for (const api::Condition& c : status.conditions) {
    for (const OnPodConditionsPattern& p : patterns) {
      if (c.type == p.type && c.status == p.status) return &c;
    }
  }
  return nullptr;
}

// What a rule that matched does; nullopt for an action to skip. Messages:
// pkg/controller/job/pod_failure_policy.go.
std::optional<PodFailureMatch> Decide(const PodFailurePolicyRule& rule, size_t index, const api::Pod& pod,
                                      const api::ContainerStatus* container, const api::Condition* condition) {
  PodFailureMatch m;
  m.rule_index = index;
  m.action = rule.action;
  switch (rule.action) {
    case PodFailureAction::kIgnore:
      m.count_failed = false;
      return m;
    case PodFailureAction::kCount:
    case PodFailureAction::kFailIndex:
      return m;
    case PodFailureAction::kFailJob:
      m.fail_job_message =
          container ? fmt::format("Container {} for pod {}/{} failed with exit code {} matching FailJob rule at index {}",
                                  container->name, pod.metadata.namespace_, pod.metadata.name,
                                  container->state.terminated()->exit_code, index)
                    : fmt::format("Pod {}/{} has condition {} matching FailJob rule at index {}",
                                  pod.metadata.namespace_, pod.metadata.name, condition->type, index);
      return m;
    case PodFailureAction::kUnknown:
      break;
  }
  return std::nullopt;
}

}  // namespace

const char* ActionName(PodFailureAction action) {
  switch (action) {
    case PodFailureAction::kFailJob: return "FailJob";
    case PodFailureAction::kFailIndex: return "FailIndex";
    case PodFailureAction::kIgnore: return "Ignore";
    case PodFailureAction::kCount: return "Count";
    case PodFailureAction::kUnknown: break;
  }
  return "";
}

std::optional<PodFailurePolicy> ParsePodFailurePolicy(const api::Json& json) {
  if (!json.is_object()) return std::nullopt;
  PodFailurePolicy policy;
  if (auto it = json.find("rules"); it != json.end() && it->is_array()) {
    for (const api::Json& r : *it) {
      if (r.is_object()) policy.rules.push_back(ParsePodFailureRule(r));
    }
  }
  return policy;
}

PodFailureMatch MatchPodFailurePolicy(const PodFailurePolicy* policy, const api::Pod& failed_pod) {
  if (!policy) return {};
  for (size_t i = 0; i < policy->rules.size(); ++i) {
    const PodFailurePolicyRule& rule = policy->rules[i];
    const api::ContainerStatus* container = nullptr;
    const api::Condition* condition = nullptr;
    if (rule.on_exit_codes) {
      container = MatchOnExitCodes(failed_pod.status, *rule.on_exit_codes);
      if (!container) continue;
    } else if (rule.on_pod_conditions) {
      condition = MatchOnPodConditions(failed_pod.status, *rule.on_pod_conditions);
      if (!condition) continue;
    } else {
      continue;
    }
    if (auto decided = Decide(rule, i, failed_pod, container, condition)) return *decided;
  }
  return {};
}

}  // namespace jobsim::controller
