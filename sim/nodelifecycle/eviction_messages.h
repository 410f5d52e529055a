// Event reasons and texts of the node lifecycle controller and the taint
// manager, as upstream words them. Pure.
#pragma once

#include <string>

namespace jobsim::sim {

// RecordNodeStatusChange: "Node node-1 status is now: NodeNotReady".
std::string NodeStatusChangeMessage(const std::string& node, const std::string& status);
// RecordNodeEvent wraps its text: "Node node-1 event: <text>".
std::string NodeEventMessage(const std::string& node, const std::string& text);

// The node controller's own eviction (DeletePods, pkg/controller/util/node).
inline constexpr const char* kDeletingAllPods = "DeletingAllPods";
std::string DeletingAllPodsText(const std::string& node);  // "Deleting all Pods from Node node-1."
inline constexpr const char* kNodeControllerEviction = "NodeControllerEviction";
std::string NodeControllerEvictionMessage(const std::string& pod, const std::string& node);
// 1.3/1.4 terminatePods: the force deletion once the grace period is over.
inline constexpr const char* kTerminatingEvictedPod = "TerminatingEvictedPod";
std::string TerminatingEvictedPodText(const std::string& pod, const std::string& node);
inline constexpr const char* kTerminatedAllPods = "TerminatedAllPods";
std::string TerminatedAllPodsText(const std::string& node);

// MarkPodsNotReady's pod event (Warning).
inline constexpr const char* kNodeNotReady = "NodeNotReady";
inline constexpr const char* kNodeIsNotReady = "Node is not ready";

// The taint manager (taint_eviction.go emitPodDeletionEvent / emitCancelPodDeletionEvent).
inline constexpr const char* kTaintManagerEviction = "TaintManagerEviction";
std::string MarkingForDeletionMessage(const std::string& ns, const std::string& pod);
std::string CancellingDeletionMessage(const std::string& ns, const std::string& pod);

}  // namespace jobsim::sim
