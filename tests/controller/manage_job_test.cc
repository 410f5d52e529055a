#include "controller/manage_job.h"

#include <catch2/catch.hpp>

#include "tests/controller/fake_client.h"

using namespace jobsim;
using namespace jobsim::controller;

namespace {

api::Pod NamedPod(const std::string& generate_name) {
  api::Pod pod;
  pod.metadata.generate_name = generate_name;
  return pod;
}

std::vector<std::string> GenerateNames(const std::vector<api::Pod>& pods) {
  std::vector<std::string> out;
  for (const api::Pod& pod : pods) out.push_back(pod.metadata.generate_name);
  return out;
}

}  // namespace

TEST_CASE("CreatePods: one pod per creation, or one pod sent by every creation") {
  VirtualClock clock(1735689600000);
  Expectations expectations(clock);
  const std::string key = "default/pi";
  const api::Job job;
  controller::test::FakeClient client;

  SECTION("each creation sends its own pod") {
    expectations.ExpectCreations(key, 3);
    const CreateOutcome out = CreatePods(job, {NamedPod("pi-0-"), NamedPod("pi-1-"), NamedPod("pi-2-")}, 3, key,
                                         client, expectations, ControllerRules{});
    CHECK(out.created == 3);
    CHECK(GenerateNames(client.created) == std::vector<std::string>{"pi-0-", "pi-1-", "pi-2-"});
  }
  SECTION("a single pod is sent by all n creations") {
    expectations.ExpectCreations(key, 3);
    const CreateOutcome out = CreatePods(job, {NamedPod("pi-")}, 3, key, client, expectations, ControllerRules{});
    CHECK(out.created == 3);
    CHECK(GenerateNames(client.created) == std::vector<std::string>{"pi-", "pi-", "pi-"});
    CHECK(expectations.Satisfied(key) == false);  // three creations still to be observed
  }
  SECTION("a failed batch stops the later ones (slow start 1, 2, 4) and lowers the expectation for each") {
    expectations.ExpectCreations(key, 7);
    client.create_limit = 2;
    const CreateOutcome out = CreatePods(job, {NamedPod("pi-")}, 7, key, client, expectations, ControllerRules{});
    CHECK(out.created == 2);
    CHECK(client.create_calls == 3);  // batches 1 and 2; the 4 are never tried
    CHECK_FALSE(out.error.ok());
    for (int i = 0; i < 2; ++i) expectations.CreationObserved(key);
    CHECK(expectations.Satisfied(key));
  }
}
