// What the pod workers of one node share: the node's name and addresses, its
// image store, its container-id stream and the collaborators every worker
// calls (store, executor, clock, event recorder, runtime model).
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/random.h"
#include "sim/node/kubelet_rules.h"
#include "sim/node/runtime_config.h"
#include "sim/node/runtime_model.h"

namespace jobsim::sim {

class NodeContext {
 public:
  NodeContext(std::string node_name, api::Store& store, Executor& executor, const Clock& clock,
              api::EventRecorder& events, const KubeletRules& rules, RuntimeModel& runtime, const RuntimeTiming& timing,
              uint64_t seed);
  NodeContext(const NodeContext&) = delete;
  NodeContext& operator=(const NodeContext&) = delete;

  // 64 hex digits from the stream "container-ids/<node>".
  std::string NewContainerId();
  // The node's InternalIP from its Node object (10.0.0.1 when there is none).
  std::string HostIp() const;
  // 10.244.<node>.<n>: the node's pod subnet is numbered after its InternalIP
  // (10.0.0.1 -> 10.244.0.0/24); n runs from 2 to 254 and wraps.
  std::string NewPodIp();

  // The node's image store, by normalized reference ("perl" = "docker.io/library/perl:latest").
  bool HasImage(const std::string& image) const;
  void AddImage(const std::string& image);

  const std::string& node_name() const { return node_name_; }
  api::Store& store() { return store_; }
  Executor& executor() { return executor_; }
  const Clock& clock() const { return clock_; }
  api::EventRecorder& events() { return events_; }
  const KubeletRules& rules() const { return rules_; }
  RuntimeModel& runtime() { return runtime_; }
  const RuntimeTiming& timing() const { return timing_; }

 private:
  std::string node_name_;
  api::Store& store_;
  Executor& executor_;
  const Clock& clock_;
  api::EventRecorder& events_;
  const KubeletRules& rules_;
  RuntimeModel& runtime_;
  const RuntimeTiming& timing_;
  Random container_ids_;
  std::set<std::string> images_;  // pulled on this node
  int next_pod_host_ = 0;
};

}  // namespace jobsim::sim
