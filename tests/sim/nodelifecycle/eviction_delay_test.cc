#include "sim/nodelifecycle/eviction_delay.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

namespace {

const Taint kUnreachable{"node.kubernetes.io/unreachable", "", "NoExecute", std::nullopt};
const Taint kDedicated{"dedicated", "gpu", "NoExecute", std::nullopt};

// What the DefaultTolerationSeconds admission plugin adds to every pod.
const std::vector<Toleration> kDefaults = {
    {"node.kubernetes.io/not-ready", "Exists", "", "NoExecute", 300},
    {"node.kubernetes.io/unreachable", "Exists", "", "NoExecute", 300},
};

}  // namespace

TEST_CASE("when the taint manager evicts a pod (processPodOnNode)") {
  struct Row {
    const char* what;
    std::vector<Taint> taints;
    std::vector<Toleration> tolerations;
    bool all_tolerated;
    std::optional<int64_t> delay_ms;
  };
  const Row rows[] = {
      {"default tolerations: 300 s after the unreachable taint", {kUnreachable}, kDefaults, true, 300'000},
      {"no toleration: at once", {kUnreachable}, {}, false, 0},
      {"a taint nobody tolerates: at once", {kUnreachable, kDedicated}, kDefaults, false, 0},
      {"tolerated without tolerationSeconds: never",
       {kUnreachable},
       {{"node.kubernetes.io/unreachable", "Exists", "", "NoExecute", std::nullopt}},
       true,
       std::nullopt},
      {"the smallest tolerationSeconds of the matching tolerations",
       {kUnreachable, kDedicated},
       {{"dedicated", "Equal", "gpu", "", 60}, kDefaults[1]},
       true,
       60'000},
      {"the first matching toleration counts, not a later longer one",
       {kUnreachable},
       {{"", "Exists", "", "", 30}, {"node.kubernetes.io/unreachable", "Exists", "", "NoExecute", 600}},
       true,
       30'000},
      {"tolerationSeconds 0 or less: at once",
       {kUnreachable},
       {{"node.kubernetes.io/unreachable", "Exists", "", "NoExecute", -5}},
       true,
       0},
  };
  for (const Row& row : rows) {
    INFO(row.what);
    CHECK(AllTolerated(row.taints, row.tolerations) == row.all_tolerated);
    CHECK(EvictionDelayMs(row.taints, row.tolerations) == row.delay_ms);
  }
}

TEST_CASE("only NoExecute taints evict") {
  const std::vector<Taint> taints = {{"node.kubernetes.io/unreachable", "", "NoSchedule", std::nullopt}, kUnreachable};
  CHECK(NoExecuteTaints(taints) == std::vector<Taint>{kUnreachable});
}
