// Test support for nodelifecycle_tests: a Store on a TestLoop with Ready nodes
// (as World creates them) and running pods bound to them, where the test plays
// the kubelets' status writes.
#pragma once

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "sim/nodelifecycle/taint.h"
#include "tests/support/recording_events.h"
#include "tests/support/test_loop.h"

namespace jobsim::test {

inline constexpr UnixMs kClusterStart = 1'735'689'600'000;  // 2025-01-01T00:00:00Z

// What DefaultTolerationSeconds adds (api::ApiRules{} has it on).
class NodeCluster {
 public:
  explicit NodeCluster(std::vector<std::string> nodes) {
    for (const std::string& name : nodes) {
      api::Node node;
      node.metadata.name = name;
      node.status.conditions.push_back(api::Condition{.type = "Ready", .status = "True", .reason = "KubeletReady"});
      REQUIRE(store.Create(node).ok());
    }
  }

  // A pod bound to `node`, Running and Ready.
  std::shared_ptr<const api::Pod> RunningPod(const std::string& name, const std::string& node) {
    api::Pod pod;
    pod.metadata.name = name;
    pod.metadata.namespace_ = "default";
    pod.spec.Mut().containers.push_back(api::Container{.name = "main", .image = "busybox:1.36"});
    REQUIRE(store.Create(pod).ok());
    REQUIRE(store.Bind("default", name, node).ok());
    auto result = store.Patch<api::Pod>(
        "default", name,
        [](api::Pod& p) {
          p.status.phase = "Running";
          p.status.conditions =
              std::vector<api::Condition>{{.type = "Ready", .status = "True", .last_transition_time = kClusterStart}};
          return api::Status::Ok();
        },
        /*status_only=*/true);
    REQUIRE(result.ok());
    return result.object;
  }

  // The kubelet posts Ready again (its fault path: Kubelet::SetApiReachable).
  void PostReady(const std::string& node) {
    store.Patch<api::Node>(
        "", node,
        [](api::Node& n) {
          n.status.conditions[0].status = "True";
          return api::Status::Ok();
        },
        /*status_only=*/true);
  }

  std::shared_ptr<const api::Pod> Pod(const std::string& name) const { return store.Get<api::Pod>("default", name); }
  std::vector<std::string> Taints(const std::string& node) const {
    std::vector<std::string> out;
    for (const sim::Taint& t : sim::TaintsOf(*store.Get<api::Node>("", node))) out.push_back(t.key + ":" + t.effect);
    return out;
  }
  std::string Condition(const std::string& pod, const std::string& type) const {
    for (const auto& c : Pod(pod)->status.conditions) {
      if (c.type == type) return c.status + "/" + c.reason;
    }
    return "";
  }

  TestLoop loop{kClusterStart};
  RecordingEvents events{loop.clock()};
  api::Store store{loop.clock(), 1, loop, api::ApiRules{}};
};

}  // namespace jobsim::test
