#include "sim/nodelifecycle/pod_condition_update.h"

#include <fmt/format.h>

#include <algorithm>

namespace jobsim::sim {
namespace {

// v1.DisruptionTarget and the taint manager's reason and message.
constexpr const char* kDisruptionTarget = "DisruptionTarget";
constexpr const char* kDeletionByTaintManager = "DeletionByTaintManager";
constexpr const char* kTaintManagerMessage = "Taint manager: deleting due to NoExecute taint";
// pkg/util/node: NodeUnreachablePodReason, NodeUnreachablePodMessage.
constexpr const char* kNodeLost = "NodeLost";
constexpr const char* kNodeLostMessage = "Node {} which was running pod {} is unresponsive";

}  // namespace

bool UpdatePodCondition(api::PodStatus& status, api::Condition condition, UnixMs now) {
  condition.last_transition_time = now - now % kMsPerSecond;  // metav1.Now, second precision
  const auto& conditions = status.conditions.get();
  auto old = std::find_if(conditions.begin(), conditions.end(),
                          [&](const api::Condition& c) { return c.type == condition.type; });
  if (old == conditions.end()) {
    status.conditions.push_back(std::move(condition));
    return true;
  }
  if (condition.status == old->status) condition.last_transition_time = old->last_transition_time;
  if (condition == *old) return false;
  const auto index = static_cast<size_t>(old - conditions.begin());
  status.conditions.Mut()[index] = std::move(condition);
  return true;
}

bool MarkPodNotReady(api::PodStatus& status, UnixMs now) {
  for (const api::Condition& c : status.conditions) {
    if (c.type != "Ready") continue;
    api::Condition not_ready = c;
    not_ready.status = "False";
    return UpdatePodCondition(status, std::move(not_ready), now);
  }
  return false;
}

api::Condition TaintManagerDisruptionTarget() {
  return api::Condition{
      .type = kDisruptionTarget, .status = "True", .reason = kDeletionByTaintManager, .message = kTaintManagerMessage};
}

bool SetNodeLostReason(api::PodStatus& status, const std::string& node, const std::string& pod) {
  if (status.reason == kNodeLost) return false;
  status.reason = kNodeLost;
  status.message = fmt::format(kNodeLostMessage, node, pod);
  return true;
}

}  // namespace jobsim::sim
