// The node lifecycle ladder of sim/profile.cc, as docs/node-eviction.md lists it.
#include <catch2/catch.hpp>

#include "sim/profile.h"

using namespace jobsim::sim;

TEST_CASE("node lifecycle rules per version") {
  struct Row {
    const char* version;
    bool taint_based_evictions;
    bool force_delete;
    bool node_lost;
    bool taint_manager;
    const char* taint_manager_component;
    bool disruption_target;
    const char* node_controller_component;
  };
  const Row rows[] = {
      {"1.3", false, true, false, false, "taint-controller", false, "controllermanager"},
      {"1.5", false, false, true, false, "taint-controller", false, "controllermanager"},
      {"1.12", false, false, true, true, "taint-controller", false, "node-controller"},
      {"1.13", true, false, true, true, "taint-controller", false, "node-controller"},
      {"1.26", true, false, true, true, "taint-controller", true, "node-controller"},
      {"1.29", true, false, true, true, "taint-eviction-controller", true, "node-controller"},
      {"1.33", true, false, true, true, "taint-eviction-controller", true, "node-controller"},
  };
  for (const Row& row : rows) {
    INFO(row.version);
    Profile p;
    REQUIRE(LookupProfile(row.version, p).ok());
    const NodeLifecycleRules& r = p.node_lifecycle;
    CHECK(r.taint_based_evictions == row.taint_based_evictions);
    CHECK(r.force_delete_evicted_pods == row.force_delete);
    CHECK(r.node_lost_reason == row.node_lost);
    CHECK(r.taint_manager == row.taint_manager);
    CHECK(r.taint_manager_component == row.taint_manager_component);
    CHECK(r.disruption_target_condition == row.disruption_target);
    CHECK(r.node_controller_component == row.node_controller_component);
  }
}
