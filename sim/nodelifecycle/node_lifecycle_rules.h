// What kube-controller-manager's node lifecycle controller and taint eviction
// controller (the taint manager) of one Kubernetes version do, as plain data;
// sim/profile.cc fills it. Each flag names the behaviour, not the release.
#pragma once

#include <cstdint>
#include <string>

namespace jobsim::sim {

struct NodeLifecycleRules {
  // Source component of the node lifecycle controller's events:
  // "controllermanager" (pkg/controller/node/nodecontroller.go up to 1.9),
  // "node-controller" (pkg/controller/nodelifecycle, 1.10+).
  std::string node_controller_component = "node-controller";
  // Node events of the 1.3 nodecontroller referred to the node with its name
  // as uid (types.UID(nodeName)); later ones carry the node's uid.
  bool node_event_uid_is_name = false;
  // The "v1" apiVersion in the node controller's references to nodes
  // (RecordNodeEvent, RecordNodeStatusChange: PR #87537, 1.18).
  bool node_event_refs_have_api_version = true;

  // Taint-based evictions (TaintBasedEvictions beta 1.13, GA 1.18): an
  // unreachable or not-ready node gets a NoExecute taint and the taint manager
  // evicts its pods once their tolerations run out. Without it the node
  // controller deletes every pod of the node itself, pod_eviction_timeout_ms
  // after the node stopped being Ready (--pod-eviction-timeout).
  bool taint_based_evictions = true;
  int64_t pod_eviction_timeout_ms = 300'000;
  // --node-monitor-period: the monitor pass (monitorNodeHealth) runs this
  // often from the controller's start, and marks a node Unknown at the first
  // pass after its kubelet has been silent for --node-monitor-grace-period
  // (40 s; 50 s from 1.32, kubernetes PR #126287). The legacy eviction counts
  // its timeout from the last heartbeat.
  int64_t node_monitor_period_ms = 5'000;
  int64_t node_monitor_grace_period_ms = 50'000;
  // The legacy eviction sets status.reason NodeLost and its message on each pod
  // before deleting it (1.5+, kubectl then shows STATUS Unknown).
  bool node_lost_reason = true;
  // 1.3/1.4: pods the node controller evicted are force-deleted (grace 0) once
  // their deletion grace period, at most maximum_grace_period_ms, is over
  // (terminationEvictor); 1.5 removed it and they stay Terminating.
  bool force_delete_evicted_pods = false;
  int64_t maximum_grace_period_ms = 300'000;
  // The eviction (or NoExecute tainting) queue takes one node per 1/qps
  // seconds (--node-eviction-rate 0.1, burst 1: RateLimitedTimedQueue).
  int64_t eviction_interval_ms = 10'000;
  // Zone states (sim/nodelifecycle/zone_state.h): the partial disruption that
  // slows or stops evictions when most nodes are down (1.4+). Before, only the
  // "network segmentation mode" of a cluster without a Ready node.
  bool zone_partial_disruption = true;

  // TaintNodesByCondition (beta 1.12, GA 1.17): NoSchedule taints mirror the
  // node's conditions (node.kubernetes.io/unreachable:NoSchedule ...).
  bool taint_nodes_by_condition = true;
  // MarkPodsNotReady records a Warning NodeNotReady "Node is not ready" on
  // each pod it marks (PR #87743, 1.19).
  bool pod_not_ready_event = true;

  // The taint manager runs (--enable-taint-manager, 1.6+): pods that do not
  // tolerate a NoExecute taint of their node are deleted.
  bool taint_manager = true;
  // Source component of its events: "taint-controller" (NoExecuteTaintManager
  // inside the node lifecycle controller), "taint-eviction-controller"
  // (SeparateTaintEvictionController beta 1.29).
  std::string taint_manager_component = "taint-eviction-controller";
  // ... and "v1" as apiVersion in its references to pods (PR #114095, 1.29).
  bool taint_event_refs_have_api_version = true;
  // The taint manager adds DisruptionTarget=True (DeletionByTaintManager)
  // before deleting a pod (PodDisruptionConditions beta 1.26, GA 1.31).
  bool disruption_target_condition = true;

  friend bool operator==(const NodeLifecycleRules&, const NodeLifecycleRules&) = default;
};

}  // namespace jobsim::sim
