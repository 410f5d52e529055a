// A one-node cluster for the kubelet and scheduler tests: a Store on a
// TestLoop, the Node objects World would create, a Scheduler and one Kubelet
// per node, with recording event recorders.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "sim/node/kubelet.h"
#include "sim/node/runtime_model.h"
#include "sim/node/scheduler.h"
#include "tests/support/recording_events.h"

namespace jobsim::test {

inline constexpr UnixMs kClusterStart = 1'735'689'600'000;  // 2025-01-01T00:00:00Z

// What sim/profile.cc sets for Kubernetes 1.3 (KubeletFor(3)); node_tests does
// not link the profile table.
inline sim::KubeletRules KubeletRules13() {
  sim::KubeletRules r;
  r.runtime = sim::ContainerRuntime::kDockerLegacy;
  r.created_message = sim::CreatedMessage::kDockerId;
  r.pleg_sees_start_failures = false;
  r.container_gc_syncs_unstarted = true;
  r.backoff_event_names_container = false;
  r.backoff_message_lowercase = false;
  r.failed_sync_events = true;
  r.pulled_with_duration = r.pulled_with_waiting = r.pulled_with_size = false;
  r.legacy_pull_messages = true;
  r.pod_ready_to_start_containers = false;
  r.containers_ready_condition = false;
  r.failed_pod_ready_reason = false;
  r.terminal_phase_on_deletion = false;
  r.container_started_field = r.pod_ips_field = r.host_ips_field = false;
  r.native_sidecars = false;
  r.scheduled_message_with_namespace = false;
  return r;
}

class Cluster {
 public:
  explicit Cluster(sim::KubeletRules rules = sim::KubeletRules{}, sim::RuntimeConfig config = sim::RuntimeConfig{},
                   std::vector<std::string> nodes = {"node-1"})
      : rules_(rules), config_(std::move(config)), nodes_(std::move(nodes)) {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      api::Node node;
      node.metadata.name = nodes_[i];
      node.status.addresses = {{"InternalIP", "10.0.0." + std::to_string(i + 1)}, {"Hostname", nodes_[i]}};
      node.status.conditions.push_back(api::Condition{.type = "Ready", .status = "True"});
      REQUIRE(store.Create(node).ok());
    }
    runtime_ = std::make_unique<sim::RuntimeModel>(config_, rules_, 1);
    scheduler_ = std::make_unique<sim::Scheduler>(store, loop, scheduler_events, config_.timing, rules_);
    for (const std::string& node : nodes_) {
      kubelets_.push_back(std::make_unique<sim::Kubelet>(node, store, loop, loop.clock(), kubelet_events, rules_,
                                                         *runtime_, config_.timing, 1));
    }
    scheduler_->Start();
    for (auto& k : kubelets_) k->Start();
  }

  std::shared_ptr<const api::Pod> Create(api::Pod pod) {
    auto r = store.Create(std::move(pod));
    REQUIRE(r.ok());
    return r.object;
  }
  std::shared_ptr<const api::Pod> Get(const std::string& name) const { return store.Get<api::Pod>("default", name); }
  const api::ContainerStatus& Container(const std::string& pod, size_t i = 0) const {
    auto p = Get(pod);
    REQUIRE(p);
    REQUIRE(p->status.container_statuses.size() > i);
    return p->status.container_statuses[i];
  }
  sim::Kubelet& kubelet(size_t i = 0) { return *kubelets_[i]; }

  TestLoop loop{kClusterStart};
  RecordingEvents kubelet_events{loop.clock()};
  RecordingEvents scheduler_events{loop.clock()};
  api::Store store{loop.clock(), 1, loop, api::ApiRules{}};

 private:
  sim::KubeletRules rules_;
  sim::RuntimeConfig config_;
  std::vector<std::string> nodes_;
  std::unique_ptr<sim::RuntimeModel> runtime_;
  std::unique_ptr<sim::Scheduler> scheduler_;
  std::vector<std::unique_ptr<sim::Kubelet>> kubelets_;
};

inline api::Pod JobPod(const std::string& name, const std::string& image, std::vector<std::string> command,
                       const std::string& restart_policy = "Never") {
  api::Pod pod;
  pod.metadata.name = name;
  pod.metadata.labels = {{"job-name", "pi"}};
  api::Container c;
  c.name = "pi";
  c.image = image;
  c.command = std::move(command);
  pod.spec.Mut().containers.push_back(c);
  pod.spec.Mut().restart_policy = restart_policy;
  return pod;
}

}  // namespace jobsim::test
