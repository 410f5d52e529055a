// One simulated cluster: the virtual clock and event loop, the API store, and
// every actor (job controller, TTL-after-finished controller, scheduler, one
// kubelet per node, garbage collector inside the store), wired only through
// the store's API and watches. The scenario runner and `jobsim serve` drive a World.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "sim/base/event_loop.h"
#include "sim/node/runtime_config.h"
#include "sim/profile.h"

namespace jobsim::controller {
class JobController;
class TtlAfterFinishedController;
}

namespace jobsim::sim {

class Kubelet;
class Scheduler;
class RuntimeModel;
class NodeLifecycleController;
class TaintEvictionController;
class PodGcController;

struct WorldOptions {
  Profile profile;
  uint64_t seed = 1;
  UnixMs start_unix_ms = 1735689600000;  // 2025-01-01T00:00:00Z
  std::vector<std::string> nodes = {"node-1"};
  // Labels a node registers with beside its kubelet's own (--node-labels), by node name.
  std::map<std::string, std::map<std::string, std::string>> node_labels;
  RuntimeConfig runtime;  // timing fields not set in the scenario take the profile's defaults
};

class World {
 public:
  explicit World(WorldOptions options);
  ~World();
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  api::Store& store() { return *store_; }
  EventLoop& loop() { return loop_; }
  VirtualClock& clock() { return clock_; }
  const Profile& profile() const { return options_.profile; }
  ElapsedMs now_ms() const { return clock_.ElapsedNowMs(); }

  // Runs every task due up to t (inclusive) and leaves the clock at t.
  void RunUntil(ElapsedMs t);
  // Runs until done() holds (checked after every task) or the deadline; returns done().
  bool RunUntil(ElapsedMs deadline, const std::function<bool()>& done);

  // Faults (scenario verb `fault`).
  void RestartController();
  // NotReady: the node's kubelet loses the API server (it keeps running its
  // pods but neither reports nor hears anything); the node lifecycle
  // controller's first monitor pass once node-monitor-grace-period has passed
  // makes Ready Unknown. Ready: the kubelet is back, posts Ready and catches up.
  api::Status SetNodeReady(const std::string& node, bool ready);
  // Kills the named container (all containers when empty) of every pod matching the selector.
  api::Status KillContainers(const std::string& selector, const std::string& container, int32_t exit_code,
                             const std::string& reason);

 private:
  void CreateClusterObjects();
  void StartController();
  Kubelet* KubeletOn(const std::string& node);

  WorldOptions options_;
  VirtualClock clock_;
  EventLoop loop_;
  std::unique_ptr<api::Store> store_;
  std::unique_ptr<api::EventRecorder> controller_events_;
  std::unique_ptr<api::EventRecorder> scheduler_events_;
  std::unique_ptr<RuntimeModel> runtime_;
  std::unique_ptr<Scheduler> scheduler_;
  std::vector<std::unique_ptr<api::EventRecorder>> kubelet_events_;
  std::vector<std::unique_ptr<Kubelet>> kubelets_;
  std::unique_ptr<api::EventRecorder> node_lifecycle_events_;
  std::unique_ptr<NodeLifecycleController> node_lifecycle_;
  std::unique_ptr<api::EventRecorder> taint_eviction_events_;
  std::unique_ptr<TaintEvictionController> taint_eviction_;
  std::unique_ptr<PodGcController> pod_gc_;
  std::unique_ptr<controller::JobController> controller_;
  std::unique_ptr<controller::TtlAfterFinishedController> ttl_controller_;
};

}  // namespace jobsim::sim
