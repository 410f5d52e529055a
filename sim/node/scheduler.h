// The simulated kube-scheduler: binds each pending pod to a node through
// pods/binding (Store::Bind) `timing.schedule_ms` after it sees the pod, and
// records the Scheduled event. The placement is the simplest deterministic
// spread: the node with the fewest pods this scheduler has bound so far, ties
// broken by node name. Resources, taints, affinity and node readiness are not
// modelled.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/executor.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"

namespace jobsim::sim {

class Scheduler {
 public:
  Scheduler(api::Store& store, Executor& executor, api::EventRecorder& events, const RuntimeTiming& timing,
            std::vector<std::string> nodes, const KubeletRules& rules);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Subscribes to pod watches and queues the pods already pending.
  void Start();

 private:
  void OnPod(const api::WatchEvent<api::Pod>& event);
  bool WantsScheduling(const api::Pod& pod) const;
  void Queue(const api::Pod& pod);
  void Schedule(const std::string& ns, const std::string& name, const std::string& uid);
  const std::string* PickNode() const;

  api::Store& store_;
  Executor& executor_;
  api::EventRecorder& events_;
  const RuntimeTiming& timing_;
  std::vector<std::string> nodes_;
  const KubeletRules& rules_;
  std::map<std::string, int64_t> bound_per_node_;
  std::set<std::string> queued_uids_;
  api::Store::WatchId watch_ = 0;
};

}  // namespace jobsim::sim
