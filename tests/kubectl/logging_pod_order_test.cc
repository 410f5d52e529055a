#include "kubectl/logging_pod_order.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::kubectl;

namespace {

struct PodRow {
  std::string node = "node-1";
  std::string phase = "Running";
  bool ready = false;
  UnixMs ready_since = 0;
  int32_t restarts = 0;
  UnixMs created = 1000;
};

std::shared_ptr<const api::Pod> MakePod(const PodRow& row) {
  auto pod = std::make_shared<api::Pod>();
  pod->spec.Mut().node_name = row.node;
  pod->status.phase = row.phase;
  pod->metadata.creation_timestamp = row.created;
  pod->status.conditions = std::vector<api::Condition>{
      api::Condition{.type = "Ready", .status = row.ready ? "True" : "False", .last_transition_time = row.ready_since}};
  api::ContainerStatus status;
  status.restart_count = row.restarts;
  pod->status.container_statuses = std::vector<api::ContainerStatus>{status};
  return pod;
}

}  // namespace

// podutils.ByLogging, rule by rule: the pod `logs job/NAME` prefers comes first.
TEST_CASE("ByLogging: which of two pods kubectl logs prefers") {
  struct Row {
    const char* rule;
    PodRow preferred, other;
  };
  const Row rows[] = {
      {"assigned before unassigned", {.phase = "Pending"}, {.node = "", .phase = "Running"}},
      {"Running before Unknown", {.phase = "Running"}, {.phase = "Unknown"}},
      {"Unknown before Pending", {.phase = "Unknown"}, {.phase = "Pending"}},
      {"Failed ranks with Running, before Pending", {.phase = "Failed"}, {.phase = "Pending"}},
      {"ready before not ready", {.ready = true, .ready_since = 5000}, {.created = 1}},
      {"ready for longer first", {.ready = true, .ready_since = 2000}, {.ready = true, .ready_since = 3000}},
      {"more restarts first", {.restarts = 2, .created = 9000}, {.restarts = 1}},
      {"older first", {.created = 1000}, {.created = 2000}},
      {"a creation time before none", {.created = 1000}, {.created = 0}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.rule);
    const auto preferred = MakePod(row.preferred), other = MakePod(row.other);
    CHECK(LessForLogging(*preferred, *other));
    CHECK_FALSE(LessForLogging(*other, *preferred));
    CHECK(FirstPodForLogging({other, preferred}, GoSortAlgorithm::kPdq) == 1);
  }
}
