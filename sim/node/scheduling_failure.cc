#include "sim/node/scheduling_failure.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "fakeapi/well_known.h"

namespace jobsim::sim {
namespace {

// ErrNoNodesAvailable (pkg/scheduler/schedule_one.go; plugin/pkg/scheduler/generic_scheduler.go in 1.3).
constexpr const char* kNoNodesAvailable = "no nodes available to schedule pods";
constexpr int64_t kInitialBackoffMs = 1'000;  // podInitialBackoffDuration

// One filter's reason for one node, as each era's plugin or predicate words it.
std::string NodeReason(FitErrorForm form, const std::string& taint_key) {
  switch (form) {
    case FitErrorForm::kNoNodesAvailable:
    case FitErrorForm::kNotReady:
      return "node(s) were not ready";  // predicates.ErrNodeNotReady
    case FitErrorForm::kTaintsNotTolerated:
      return "node(s) had taints that the pod didn't tolerate";  // predicates.ErrTaintsTolerationsNotMatch
    case FitErrorForm::kTaintNotTolerated:
      return fmt::format("node(s) had taint {{{}: }}, that the pod didn't tolerate", taint_key);
    case FitErrorForm::kUntoleratedTaint:
      return fmt::format("node(s) had untolerated taint {{{}: }}", taint_key);  // tainttoleration plugin
  }
  return "";
}

// "<count> <reason>" per distinct reason, sorted as strings (sortReasonsHistogram).
std::string Histogram(FitErrorForm form, const std::vector<std::string>& taints) {
  std::map<std::string, int> counts;
  for (const std::string& key : taints) ++counts[NodeReason(form, key)];
  std::vector<std::string> entries;
  for (const auto& [reason, count] : counts) entries.push_back(fmt::format("{} {}", count, reason));
  std::sort(entries.begin(), entries.end());
  return fmt::format("{}", fmt::join(entries, ", "));
}

}  // namespace

const char* NotReadyTaintKey(const std::string& ready_status) {
  return ready_status == "False" ? api::kTaintNodeNotReady : api::kTaintNodeUnreachable;
}

std::string FitErrorMessage(FitErrorForm form, size_t nodes, const std::vector<std::string>& not_ready_taints) {
  if (nodes == 0 || form == FitErrorForm::kNoNodesAvailable) return kNoNodesAvailable;
  std::string text = fmt::format("0/{} nodes are available: {}.", nodes, Histogram(form, not_ready_taints));
  // An unresolvable filter failure leaves preemption nothing to try (PostFilter, defaultpreemption).
  if (form == FitErrorForm::kUntoleratedTaint) {
    text += fmt::format(" preemption: 0/{} nodes are available: {} Preemption is not helpful for scheduling.",
                        nodes, nodes);
  }
  return text;
}

int64_t SchedulingBackoffMs(const KubeletRules& rules, int attempts) {
  int64_t delay_ms = kInitialBackoffMs;
  for (int i = 1; i < attempts && delay_ms < rules.unschedulable_backoff_max_ms; ++i) delay_ms *= 2;
  return std::min(delay_ms, rules.unschedulable_backoff_max_ms);
}

int64_t UnschedulableRetryMs(const KubeletRules& rules, int attempts) {
  if (rules.unschedulable_flush_ms == 0) return SchedulingBackoffMs(rules, attempts);
  return rules.unschedulable_flush_ms;
}

}  // namespace jobsim::sim
