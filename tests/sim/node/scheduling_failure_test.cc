#include "sim/node/scheduling_failure.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

TEST_CASE("FailedScheduling messages per era, three nodes not Ready") {
  const std::vector<std::string> unreachable(3, "node.kubernetes.io/unreachable");
  struct Row {
    FitErrorForm form;
    const char* message;
  };
  const Row rows[] = {
      {FitErrorForm::kNoNodesAvailable, "no nodes available to schedule pods"},
      {FitErrorForm::kNotReady, "0/3 nodes are available: 3 node(s) were not ready."},
      {FitErrorForm::kTaintsNotTolerated, "0/3 nodes are available: 3 node(s) had taints that the pod didn't tolerate."},
      {FitErrorForm::kTaintNotTolerated,
       "0/3 nodes are available: 3 node(s) had taint {node.kubernetes.io/unreachable: }, that the pod didn't tolerate."},
      {FitErrorForm::kUntoleratedTaint,
       "0/3 nodes are available: 3 node(s) had untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/3 "
       "nodes are available: 3 Preemption is not helpful for scheduling."},
  };
  for (const Row& row : rows) CHECK(FitErrorMessage(row.form, 3, unreachable) == row.message);
}

TEST_CASE("the reasons histogram counts each taint and sorts the entries as strings") {
  const std::vector<std::string> taints = {"node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready",
                                           "node.kubernetes.io/unreachable"};
  CHECK(FitErrorMessage(FitErrorForm::kUntoleratedTaint, 3, taints) ==
        "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }, 2 node(s) had "
        "untolerated taint {node.kubernetes.io/unreachable: }. preemption: 0/3 nodes are available: 3 Preemption is "
        "not helpful for scheduling.");
}

TEST_CASE("a cluster without nodes has none available, in every era") {
  CHECK(FitErrorMessage(FitErrorForm::kUntoleratedTaint, 0, {}) == "no nodes available to schedule pods");
}

TEST_CASE("the taint of a node's Ready status") {
  CHECK(std::string(NotReadyTaintKey("Unknown")) == "node.kubernetes.io/unreachable");
  CHECK(std::string(NotReadyTaintKey("False")) == "node.kubernetes.io/not-ready");
}

TEST_CASE("retry timing: back-off 1 s doubling to the cap; parked pods wait for the flush") {
  KubeletRules modern;  // 10 s cap, 5 min flush
  CHECK(SchedulingBackoffMs(modern, 1) == 1'000);
  CHECK(SchedulingBackoffMs(modern, 4) == 8'000);
  CHECK(SchedulingBackoffMs(modern, 5) == 10'000);
  CHECK(SchedulingBackoffMs(modern, 60) == 10'000);
  CHECK(UnschedulableRetryMs(modern, 1) == 300'000);
  KubeletRules legacy;
  legacy.unschedulable_backoff_max_ms = 60'000;
  legacy.unschedulable_flush_ms = 0;
  CHECK(UnschedulableRetryMs(legacy, 3) == 4'000);
  CHECK(UnschedulableRetryMs(legacy, 7) == 60'000);
}
