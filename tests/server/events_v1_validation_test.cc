// events.k8s.io/v1 validation (pkg/apis/core/validation/events.go), the rules
// that changed between 1.19 and 1.33 row by row.
#include "server/events_v1_validation.h"

#include <catch2/catch.hpp>

#include "sim/profile.h"
#include "tests/support/node_event.h"

using namespace jobsim;
using namespace jobsim::server;
using jobsim::testing::NodeEvent;

namespace {

api::ApiRules RulesOf(const std::string& version) {
  sim::Profile profile;
  REQUIRE(sim::LookupProfile(version, profile).ok());
  return profile.api;
}

}  // namespace

TEST_CASE("an events.k8s.io Event about a cluster-scoped object: which namespaces it may be in") {
  struct Row {
    const char* version;
    const char* ns;
    bool valid;
  };
  // kubernetes PR #100125 (1.23): "default" as well as "kube-system".
  const Row rows[] = {
      {"1.22", "kube-system", true}, {"1.22", "default", false}, {"1.22", "team-a", false},
      {"1.23", "kube-system", true}, {"1.23", "default", true},  {"1.23", "team-a", false},
  };
  for (const Row& row : rows) {
    INFO(row.version << " " << row.ns);
    const api::Status created = ValidateEventsV1Create(NodeEvent(row.ns), RulesOf(row.version));
    CHECK(created.ok() == row.valid);
    if (!row.valid) {
      CHECK(created.message() ==
            "Event \"node-1.1\" is invalid: involvedObject.namespace: Invalid value: \"\": does not match event.namespace");
    }
    const api::Event event = NodeEvent(row.ns);
    CHECK(ValidateEventsV1Update(event, event, RulesOf(row.version)).ok() == row.valid);
  }
}
