// The node lifecycle controller of kube-controller-manager
// (pkg/controller/nodelifecycle/node_lifecycle_controller.go; before 1.10
// pkg/controller/node/nodecontroller.go) on the virtual clock. It reads and
// writes only through the Store: Nodes (a list at Start, then a watch), their
// taints, the status of their pods, pod deletions and events.
//
//   a node stops being Ready   NodeNotReady event on the node, its pods'
//                              Ready condition False (MarkPodsNotReady)
//   taint-based evictions      node.kubernetes.io/unreachable:NoExecute (Ready
//                              Unknown) or not-ready:NoExecute (False), one node
//                              per eviction interval; the taint manager evicts
//   before them                the controller deletes the node's pods itself
//                              pod_eviction_timeout_ms after the node went
//                              (1.5+: with reason NodeLost; 1.3/1.4: force-deleted
//                              once their grace period is over)
//   TaintNodesByCondition      the matching NoSchedule taint
//   Ready again                taints removed, pending evictions cancelled
//   no node Ready              full disruption: no eviction, NoExecute taints
//                              removed (zone_state.h)
//
// The kubelets post no heartbeats in jobsim, so the controller cannot notice a
// silent kubelet by itself: the scenario fault calls KubeletSilent at the
// kubelet's last heartbeat, and the monitor pass (every node_monitor_period_ms
// from Start) that finds it silent for node-monitor-grace-period marks the node
// (HeartbeatsMissed). Other reactions happen at the write that causes them;
// the 100 ms tainting tick is not modelled.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/executor.h"
#include "sim/nodelifecycle/node_lifecycle_rules.h"
#include "sim/nodelifecycle/taint.h"
#include "sim/nodelifecycle/zone_state.h"

namespace jobsim::sim {

class NodeLifecycleController {
 public:
  NodeLifecycleController(api::Store& store, Executor& executor, api::EventRecorder& events,
                          const NodeLifecycleRules& rules);
  ~NodeLifecycleController();
  NodeLifecycleController(const NodeLifecycleController&) = delete;
  NodeLifecycleController& operator=(const NodeLifecycleController&) = delete;

  // Learns the nodes and subscribes to node watches.
  void Start();

  // The node's kubelet falls silent now (its last heartbeat): the monitor
  // pass at or after node-monitor-grace-period from now (monitor_tick.h) calls
  // HeartbeatsMissed, unless the kubelet posts a status before. NotFound when
  // the node does not exist.
  api::Status KubeletSilent(const std::string& node);
  // The node's kubelet has not posted status for node-monitor-grace-period:
  // Ready (and the pressure conditions) become Unknown, reason
  // NodeStatusUnknown, "Kubelet stopped posting node status."; a node that was
  // Ready gets the NodeNotReady event and its pods are marked not ready.
  // NotFound when the node does not exist.
  api::Status HeartbeatsMissed(const std::string& node);

 private:
  // nodeHealthData: what the controller last saw of a node, and when.
  struct Health {
    std::string ready_status;
    UnixMs ready_transition_ms = 0;              // when the controller saw the Ready status change
    UnixMs probe_ms = 0;                         // when the kubelet last posted status
    bool evicted = false;                        // the legacy eviction ran in this not-Ready spell
    std::optional<UnixMs> terminating_since_ms;  // 1.3/1.4: evicted pods to force-delete
  };

  // A kubelet gone silent, until the monitor pass notices.
  struct Silence {
    UnixMs last_heartbeat_ms = 0;
    uint64_t resource_version = 0;  // of the node then: a later non-Unknown status is the kubelet back
    Executor::TimerId timer = 0;
  };

  api::Status MarkUnknown(const std::string& node, UnixMs last_heartbeat_ms);
  void OnNode(const api::WatchEvent<api::Node>& event);
  void Reconcile();
  void UpdateZoneState(UnixMs now);
  void ReconcileNoSchedule(const api::Node& node, UnixMs now);
  void ReconcileNoExecute(const api::Node& node, UnixMs now);
  void ReconcileLegacyEviction(const api::Node& node, Health& health, UnixMs now);
  bool DeletePods(const api::Node& node);
  void TerminatePods(const api::Node& node, Health& health, UnixMs now);
  void MarkPodsNotReady(const std::string& node, UnixMs now);
  bool TakeEvictionSlot(UnixMs now);
  void WriteTaints(const std::string& node, const char* effect, const std::vector<Taint>& want, UnixMs now);
  void WakeAt(UnixMs t);
  void RecordNodeEvent(const api::Node& node, const std::string& reason, const std::string& message);

  api::Store& store_;
  Executor& executor_;
  api::EventRecorder& events_;
  const NodeLifecycleRules& rules_;
  std::map<std::string, Health> health_;  // by node name
  std::map<std::string, Silence> silent_;  // by node name
  UnixMs start_ms_ = 0;                    // the monitor passes count from here
  ZoneState zone_state_ = ZoneState::kNormal;
  std::optional<int64_t> eviction_interval_ms_;  // nullopt: evictions stopped
  UnixMs next_eviction_ms_ = 0;                  // the queue's token bucket (burst 1)
  std::optional<Executor::TimerId> wake_;
  UnixMs next_wake_ms_ = 0;  // collected during Reconcile; 0 = none
  api::Store::WatchId watch_ = 0;
};

}  // namespace jobsim::sim
