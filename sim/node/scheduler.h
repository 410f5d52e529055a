// The simulated kube-scheduler: binds each pending pod to a Ready node
// through pods/binding (Store::Bind) `timing.schedule_ms` after it sees the
// pod, and records the Scheduled event. The placement is the simplest
// deterministic spread: the Ready node with the fewest pods this scheduler has
// bound so far, ties broken by node name. Nodes come from the API (a list at
// Start, then a watch); readiness is the only filter (resources, affinity and
// user taints are not modelled).
//
// When no node is Ready the pod stays Pending: a FailedScheduling event, the
// condition PodScheduled=False reason Unschedulable, and a retry when a node
// becomes Ready (after the pod's back-off) or when parked pods are flushed
// (sim/node/scheduling_failure.h).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/executor.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"
#include "sim/node/uid_map.h"

namespace jobsim::sim {

class Scheduler {
 public:
  Scheduler(api::Store& store, Executor& executor, api::EventRecorder& events, const RuntimeTiming& timing,
            const KubeletRules& rules);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Learns the nodes, subscribes to pod and node watches, queues the pods already pending.
  void Start();

 private:
  struct Unschedulable {
    std::string ns;
    std::string name;
    int attempts = 0;
    UnixMs last_attempt_ms = 0;
    uint64_t epoch = 0;  // bumped to cancel the pending retry
  };

  void OnPod(const api::WatchEvent<api::Pod>& event);
  void OnNode(const api::WatchEvent<api::Node>& event);
  bool WantsScheduling(const api::Pod& pod) const;
  void Queue(std::shared_ptr<const api::Pod> pod);
  void Schedule(const std::string& ns, const std::string& name, const api::Uid& uid);
  void RetryLater(const api::Uid& uid, int64_t delay_ms);
  void Fail(const api::Pod& pod);
  // api::RefTo(pod) in ref_.
  const api::ObjectReference& Ref(const api::Pod& pod);
  struct NodeLoad {
    std::string name;
    int64_t bound = 0;  // pods this scheduler bound to it
  };
  NodeLoad* PickNode();

  api::Store& store_;
  Executor& executor_;
  api::EventRecorder& events_;
  const RuntimeTiming& timing_;
  const KubeletRules& rules_;
  // Every node, in name order; a vector, as every pod's PickNode walks it whole.
  std::vector<NodeLoad> nodes_;
  std::map<std::string, std::string> not_ready_;    // node -> the taint its readiness puts on it
  UidMap<bool> queued_;  // the pods waiting for Schedule, as a set (the value is unused)
  std::map<api::Uid, Unschedulable> unschedulable_;  // by pod uid
  api::ObjectReference ref_;  // the last event's pod: each event's reference fills it (no allocation)
  api::Store::WatchId pod_watch_ = 0;
  api::Store::WatchId node_watch_ = 0;
};

}  // namespace jobsim::sim
