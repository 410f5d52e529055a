// The taint eviction controller (pkg/controller/tainteviction/taint_eviction.go;
// before 1.29 the NoExecuteTaintManager of
// pkg/controller/nodelifecycle/scheduler/taint_manager.go) on the virtual
// clock. It watches Nodes and Pods through the Store and deletes the pods that
// do not tolerate a NoExecute taint of their node, when their tolerations run
// out (sim/nodelifecycle/eviction_delay.h):
//
//   eviction due     event TaintManagerEviction "Marking for deletion Pod ns/name",
//                    DisruptionTarget=True (DeletionByTaintManager) when the era
//                    has it, then DELETE (the pod's own grace period)
//   taints gone      pending evictions cancelled: "Cancelling deletion of Pod ns/name"
//   pod deleted      its pending eviction dropped
//
// Every pod bound to the node counts, finished ones too, as upstream. A pod
// once evicted is not scheduled again (TimedWorkerQueue keeps its key).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/executor.h"
#include "sim/nodelifecycle/node_lifecycle_rules.h"
#include "sim/nodelifecycle/taint.h"

namespace jobsim::sim {

class TaintEvictionController {
 public:
  TaintEvictionController(api::Store& store, Executor& executor, api::EventRecorder& events,
                          const NodeLifecycleRules& rules);
  ~TaintEvictionController();
  TaintEvictionController(const TaintEvictionController&) = delete;
  TaintEvictionController& operator=(const TaintEvictionController&) = delete;

  // Learns the nodes' NoExecute taints and subscribes to node and pod watches.
  void Start();

 private:
  void OnNode(const api::WatchEvent<api::Node>& event);
  void OnPod(const api::WatchEvent<api::Pod>& event);
  void ProcessPodOnNode(const api::Pod& pod, const std::vector<Taint>& taints, UnixMs now);
  void AddWork(const std::string& ns, const std::string& name, UnixMs fire_ms);
  void CancelWork(const std::string& ns, const std::string& name);
  void Evict(const std::string& ns, const std::string& name);
  void RecordPodEvent(const std::string& ns, const std::string& name, const std::string& message);

  api::Store& store_;
  Executor& executor_;
  api::EventRecorder& events_;
  const NodeLifecycleRules& rules_;
  std::map<std::string, std::vector<Taint>> tainted_nodes_;  // NoExecute taints by node
  // The TimedWorkerQueue, by "namespace/name": the pending eviction's timer,
  // unset once the eviction ran.
  std::map<std::string, std::optional<Executor::TimerId>> work_;
  // The tolerations last looked at, for pods on tainted nodes.
  std::map<std::string, std::vector<Toleration>> seen_;
  api::Store::WatchId node_watch_ = 0;
  api::Store::WatchId pod_watch_ = 0;
};

}  // namespace jobsim::sim
