#include "sim/node/container_gc.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jobsim::sim;

// The docker-era policy: every minute, of a container's dead instances
// created at least a minute ago, the newest two stay.
TEST_CASE("container GC: evictable after the minimum age, the newest two kept") {
  KubeletRules rules;
  rules.container_gc_min_age_ms = 60'000;
  rules.container_gc_keep_per_container = 2;
  struct Row {
    std::string what;
    std::vector<int64_t> dead_created_ms;
    int64_t now_ms;
    size_t removed;
  };
  const std::vector<Row> rows = {
      {"no dead instance", {}, 600'000, 0},
      {"two old instances are both kept", {0, 10'000}, 600'000, 0},
      {"three old instances: the oldest goes", {0, 10'000, 20'000}, 600'000, 1},
      {"five old instances: the oldest three go", {0, 10'000, 20'000, 30'000, 40'000}, 600'000, 3},
      {"younger than a minute is not evictable, however many", {0, 10'000, 20'000}, 79'999, 0},
      {"created exactly a minute ago is evictable", {0, 10'000, 20'000}, 80'000, 1},
      // The seed's crash loop at the GC pass 85 s after its first start:
      // four dead, the fourth too young; of the three others one goes.
      {"the seed's crash loop 85 s in: three of four old enough, the oldest goes", {1'000, 12'000, 24'000, 45'000}, 85'000, 1},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    CHECK(ContainerGcRemovals(row.dead_created_ms, row.now_ms, rules) == row.removed);
  }
}

TEST_CASE("container GC: a later policy (no minimum age, one kept) removes all but the newest") {
  KubeletRules rules;
  rules.container_gc_min_age_ms = 0;
  rules.container_gc_keep_per_container = 1;
  CHECK(ContainerGcRemovals({0, 10'000, 20'000}, 20'000, rules) == 2);
  CHECK(ContainerGcRemovals({0}, 20'000, rules) == 0);
}
