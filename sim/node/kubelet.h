// The simulated kubelet of one node: watches pods, runs a PodWorker
// (sim/node/pod_worker.h) for each non-terminal pod bound to its node, and
// forgets a pod's worker once the worker is done or the pod is gone. All it
// tells the cluster goes through the API: pod status (status subresource),
// events (its own recorder, source kubelet/<node>), container logs and, at the
// end of a graceful deletion, a delete with grace 0.
//
// Cut off from the API server (SetApiReachable(false), the scenario's node
// fault) it runs its pods on but hears nothing and writes nothing but logs.
// Back, it posts the node status (its conditions back to the kubelet's values,
// each with its event, e.g. NodeReady), lists its pods again and lets each
// worker catch up (PodWorker::Reconnect). While the API server is reachable it
// also posts the node status every `node_status_report_ms` (new heartbeats,
// sim/node/node_status.h). In the docker 1.11 era (container_gc_syncs_unstarted)
// it also runs the container GC every minute from its start, the scenario's
// t=0: a removal can wake a pod worker (PodWorker::CollectGarbage).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/node_context.h"
#include "sim/node/uid_map.h"
#include "sim/node/runtime_config.h"
#include "sim/node/runtime_model.h"

namespace jobsim::sim {

class PodWorker;

class Kubelet {
 public:
  Kubelet(std::string node_name, api::Store& store, Executor& executor, const Clock& clock, api::EventRecorder& events,
          const KubeletRules& rules, RuntimeModel& runtime, const RuntimeTiming& timing, uint64_t seed);
  ~Kubelet();
  Kubelet(const Kubelet&) = delete;
  Kubelet& operator=(const Kubelet&) = delete;

  // Subscribes to pod watches and takes over the pods already bound here.
  void Start();

  // Fault: a running container exits now with exit_code and terminated reason
  // (e.g. 137/OOMKilled; empty: Completed or Error). The pod's restart policy
  // then applies as after any exit. An error when the pod is not on this node
  // or the container is not running.
  api::Status KillContainer(const std::string& ns, const std::string& pod, const std::string& container,
                            int32_t exit_code, const std::string& reason);

  // Fault: the connection to the API server is lost, or back.
  void SetApiReachable(bool reachable);

 private:
  void OnPod(const api::WatchEvent<api::Pod>& event);
  void Admit(const std::shared_ptr<const api::Pod>& pod);
  void Retire(std::string_view uid);
  void PostNodeStatus();
  void ScheduleNodeStatusReport();
  void ScheduleContainerGc();
  void Resync();
  std::vector<std::shared_ptr<PodWorker>> WorkersByUid() const;

  using PodEntry = UidMap<std::shared_ptr<PodWorker>>::Entry;

  NodeContext node_;
  // The pods this node ran, by uid, until each is deleted: its worker, or
  // null once the worker is done (retired: a later watch event must not start
  // the pod again). One table: a pod's watch events look it up only when it
  // arrives and after it retired (its worker's own status writes are skipped
  // before any lookup, sim/node/held_versions.h), and retiring a pod is
  // dropping its worker, not an erase and an insert. What a walk over the
  // workers does that anyone can see goes in uid order (WorkersByUid).
  UidMap<std::shared_ptr<PodWorker>> pods_;
  api::Store::WatchId watch_ = 0;
  std::optional<Executor::TimerId> report_;  // the next periodic node status post
  std::optional<Executor::TimerId> gc_;      // the next container GC pass
};

}  // namespace jobsim::sim
