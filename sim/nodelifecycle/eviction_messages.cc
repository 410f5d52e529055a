#include "sim/nodelifecycle/eviction_messages.h"

#include <fmt/format.h>

namespace jobsim::sim {

std::string NodeStatusChangeMessage(const std::string& node, const std::string& status) {
  return fmt::format("Node {} status is now: {}", node, status);
}

std::string NodeEventMessage(const std::string& node, const std::string& text) {
  return fmt::format("Node {} event: {}", node, text);
}

std::string DeletingAllPodsText(const std::string& node) {
  return fmt::format("Deleting all Pods from Node {}.", node);
}

std::string NodeControllerEvictionMessage(const std::string& pod, const std::string& node) {
  return fmt::format("Marking for deletion Pod {} from Node {}", pod, node);
}

// Go's %q of the node name: plain names need no escaping.
std::string TerminatingEvictedPodText(const std::string& pod, const std::string& node) {
  return fmt::format(
      "Pod {} has exceeded the grace period for deletion after being evicted from Node \"{}\" and is being force "
      "killed",
      pod, node);
}

std::string TerminatedAllPodsText(const std::string& node) {
  return fmt::format("Terminated all Pods on Node {}.", node);
}

std::string MarkingForDeletionMessage(const std::string& ns, const std::string& pod) {
  return fmt::format("Marking for deletion Pod {}/{}", ns, pod);
}

std::string CancellingDeletionMessage(const std::string& ns, const std::string& pod) {
  return fmt::format("Cancelling deletion of Pod {}/{}", ns, pod);
}

}  // namespace jobsim::sim
