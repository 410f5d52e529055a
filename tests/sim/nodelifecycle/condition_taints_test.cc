#include "sim/nodelifecycle/condition_taints.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kNow = 1'735'689'630'250;  // 2025-01-01T00:00:30.25Z
constexpr UnixMs kEarlier = 1'735'689'600'000;

api::Node NodeWithReady(const char* status) {
  api::Node node;
  node.status.conditions.push_back(api::Condition{.type = "Ready", .status = status});
  return node;
}

std::vector<std::string> Keys(const std::vector<Taint>& taints) {
  std::vector<std::string> out;
  for (const Taint& t : taints) out.push_back(t.key + ":" + t.effect);
  return out;
}

}  // namespace

TEST_CASE("the taint for each Ready status (nodeConditionToTaintKeyStatusMap)") {
  struct Row {
    const char* ready;
    std::vector<std::string> no_schedule;
    std::vector<std::string> no_execute;
  };
  const Row rows[] = {
      {"True", {}, {}},
      {"False", {"node.kubernetes.io/not-ready:NoSchedule"}, {"node.kubernetes.io/not-ready:NoExecute"}},
      {"Unknown", {"node.kubernetes.io/unreachable:NoSchedule"}, {"node.kubernetes.io/unreachable:NoExecute"}},
  };
  for (const Row& row : rows) {
    INFO(row.ready);
    CHECK(ReadyStatus(NodeWithReady(row.ready)) == row.ready);
    CHECK(Keys(WantedTaints(row.ready, kNoSchedule)) == row.no_schedule);
    CHECK(Keys(WantedTaints(row.ready, kNoExecute)) == row.no_execute);
  }
}

TEST_CASE("a node that never posted status counts as unreachable") { CHECK(ReadyStatus(api::Node{}) == "Unknown"); }

TEST_CASE("reconciling replaces only the controller's taints of one effect") {
  const Taint user{"dedicated", "gpu", "NoExecute", std::nullopt};
  const Taint unreachable_ns{"node.kubernetes.io/unreachable", "", "NoSchedule", kEarlier};
  const Taint not_ready_ne{"node.kubernetes.io/not-ready", "", "NoExecute", kEarlier};
  const std::vector<Taint> current = {user, unreachable_ns, not_ready_ne};

  SECTION("unreachable replaces not-ready: swapped, the new one added last with the time now") {
    const auto out = ReconcileTaints(current, kNoExecute, WantedTaints("Unknown", kNoExecute), kNow);
    CHECK(Keys(out) == std::vector<std::string>{"dedicated:NoExecute", "node.kubernetes.io/unreachable:NoSchedule",
                                                "node.kubernetes.io/unreachable:NoExecute"});
    CHECK(out[2].time_added == kNow - 250);  // metav1.Time: whole seconds
  }
  SECTION("a taint already there keeps its timeAdded") {
    const auto out = ReconcileTaints(current, kNoSchedule, WantedTaints("Unknown", kNoSchedule), kNow);
    CHECK(out == current);
  }
  SECTION("Ready removes the controller's taints, the user's stays") {
    const auto out = ReconcileTaints(ReconcileTaints(current, kNoExecute, {}, kNow), kNoSchedule, {}, kNow);
    CHECK(Keys(out) == std::vector<std::string>{"dedicated:NoExecute"});
  }
  CHECK(HasManagedTaint(current, kNoExecute));
  CHECK_FALSE(HasManagedTaint({user}, kNoExecute));
}
