#include "controller/active_pods_order.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::controller;

namespace {

struct PodSpecRow {
  std::string node;
  std::string phase = "Running";
  bool ready = false;
  UnixMs ready_since = 0;
  int32_t restarts = 0;
  UnixMs created = 0;
  std::string name = "p";
};

api::Pod Make(const PodSpecRow& r) {
  api::Pod pod;
  pod.metadata.name = r.name;
  pod.metadata.creation_timestamp = r.created;
  pod.spec.Mut().node_name = r.node;
  pod.status.phase = r.phase;
  if (r.ready) {
    api::Condition c;
    c.type = "Ready";
    c.status = "True";
    c.last_transition_time = r.ready_since;
    pod.status.conditions.push_back(c);
  }
  api::ContainerStatus s;
  s.restart_count = r.restarts;
  pod.status.container_statuses.push_back(s);
  return pod;
}

}  // namespace

TEST_CASE("ActivePods: which pod a scale-down deletes first") {
  struct Row {
    std::string name;
    PodSpecRow first;   // deleted first
    PodSpecRow second;
  };
  const std::vector<Row> rows = {
      {"an unscheduled pod before a scheduled one", {.node = ""}, {.node = "n1"}},
      {"Pending before Unknown", {.node = "n1", .phase = "Pending"}, {.node = "n1", .phase = "Unknown"}},
      {"Unknown before Running", {.node = "n1", .phase = "Unknown"}, {.node = "n1", .phase = "Running"}},
      {"not ready before ready", {.node = "n1"}, {.node = "n1", .ready = true, .ready_since = 5}},
      {"ready more recently first", {.node = "n1", .ready = true, .ready_since = 9000},
       {.node = "n1", .ready = true, .ready_since = 5000}},
      {"ready without a time first", {.node = "n1", .ready = true, .ready_since = 0},
       {.node = "n1", .ready = true, .ready_since = 5000}},
      {"more restarts first", {.node = "n1", .restarts = 3}, {.node = "n1", .restarts = 1}},
      {"newer pod first", {.node = "n1", .created = 9000}, {.node = "n1", .created = 1000}},
      {"a pod without creation time first", {.node = "n1", .created = 0}, {.node = "n1", .created = 1000}},
      {"ties broken by name", {.node = "n1", .name = "a"}, {.node = "n1", .name = "b"}},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      const api::Pod a = Make(row.first);
      const api::Pod b = Make(row.second);
      CHECK(DeleteBefore(a, b));
      CHECK_FALSE(DeleteBefore(b, a));
      std::vector<const api::Pod*> pods = {&b, &a};
      SortForDeletion(pods);
      CHECK(pods.front() == &a);
    }
  }
}
