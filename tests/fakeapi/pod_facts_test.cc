#include "fakeapi/pod_facts.h"

#include <catch2/catch.hpp>

#include "fakeapi/store.h"
#include "tests/support/store_fixture.h"

using namespace jobsim;
using namespace jobsim::api;

namespace {

Pod MakePod(const std::string& name, const std::string& node, const std::string& phase, bool terminating) {
  Pod pod;
  pod.metadata.namespace_ = "default";
  pod.metadata.name = name;
  pod.spec.Mut().node_name = node;
  pod.status.phase = phase;
  if (terminating) pod.metadata.deletion_timestamp = 1000;
  return pod;
}

std::vector<std::string> Terminating(const PodFacts& facts) {
  return {facts.terminating().begin(), facts.terminating().end()};
}

}  // namespace

TEST_CASE("isPodTerminated: every phase but Pending, Running and Unknown") {
  struct Row {
    const char* phase;
    bool terminated;
  };
  for (const Row& row : {Row{"Pending", false}, Row{"Running", false}, Row{"Unknown", false},
                         Row{"Succeeded", true}, Row{"Failed", true}, Row{"", true}}) {
    INFO(row.phase);
    CHECK(IsPodTerminated(MakePod("p", "", row.phase, false)) == row.terminated);
  }
}

TEST_CASE("pod facts follow each write: binding, termination, deletion, removal") {
  PodFacts facts;
  const Pod created = MakePod("b", "", "Pending", false);
  const Pod bound = MakePod("b", "node-1", "Pending", false);
  const Pod other = MakePod("a", "node-1", "Running", false);
  const Pod succeeded = MakePod("b", "node-1", "Succeeded", false);
  const Pod deleting = MakePod("b", "node-1", "Succeeded", true);
  const Pod unscheduled_deleting = MakePod("c", "", "Pending", true);

  facts.Update(nullptr, &created);
  CHECK(facts.bound().empty());
  CHECK(facts.terminated() == 0);
  facts.Update(&created, &bound);
  facts.Update(nullptr, &other);
  CHECK(facts.bound() == std::map<std::string, size_t, std::less<>>{{"node-1", 2}});
  facts.Update(&bound, &succeeded);
  CHECK(facts.terminated() == 1);
  facts.Update(&succeeded, &deleting);
  facts.Update(nullptr, &unscheduled_deleting);
  CHECK(Terminating(facts) == std::vector<std::string>{"default/b", "default/c"});
  CHECK(facts.terminated() == 1);

  facts.Update(&deleting, nullptr);
  facts.Update(&unscheduled_deleting, nullptr);
  CHECK(Terminating(facts).empty());
  CHECK(facts.terminated() == 0);
  CHECK(facts.bound() == std::map<std::string, size_t, std::less<>>{{"node-1", 1}});
  facts.Update(&other, nullptr);
  CHECK(facts.bound().empty());
}

TEST_CASE("the store keeps the pod facts through create, bind, graceful delete and removal") {
  VirtualClock clock{1463136322000};
  test::QueueDispatcher dispatcher;
  Store store{clock, 1, dispatcher, ApiRules{}};
  Pod pod;
  pod.metadata.namespace_ = "default";
  pod.metadata.name = "p";
  pod.spec.Mut().containers.push_back(Container{.name = "c", .image = "busybox"});
  REQUIRE(store.Create(pod).ok());
  REQUIRE(store.Bind("default", "p", "node-1").ok());
  CHECK(store.pod_facts().bound().count("node-1") == 1);

  REQUIRE(store.Delete<Pod>("default", "p").ok());  // bound: graceful, the kubelet finishes it
  CHECK(Terminating(store.pod_facts()) == std::vector<std::string>{"default/p"});

  DeleteOptions now;
  now.grace_period_seconds = 0;
  REQUIRE(store.Delete<Pod>("default", "p", now).ok());
  CHECK(store.pod_facts().terminating().empty());
  CHECK(store.pod_facts().bound().empty());
}
