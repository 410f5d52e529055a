// `jobsim serve SCENARIO`: the scenario's steps run as the served clock passes
// their times, their effects visible through the API, their transcript lines
// printed as they happen; a failed check is printed and the server goes on.
#include "server/served_scenario.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "sim/scenario/parser.h"
#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;

namespace {

const char* kScenario = R"yaml(apiVersion: jobsim/v1
kind: Scenario
metadata:
  name: served
spec:
  kubernetesVersion: "1.33"
  steps:
    - at: 0s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: sleeper}
        spec:
          parallelism: 2
          completions: 4
          template:
            spec:
              containers: [{name: main, image: busybox, command: [sleep, "600"]}]
              restartPolicy: Never
    - at: 60s
      patch: {object: job/sleeper, type: merge, patch: {spec: {parallelism: 0}}}
    - wait: {object: job/sleeper, field: status.active, exists: false, timeout: 5m}
    - expect:
        - object: job/sleeper
          field: spec.parallelism
          equals: 5
    - kubectl: get job sleeper
)yaml";

const char* kSleeper = "/apis/batch/v1/namespaces/default/jobs/sleeper";

struct ServedScenarioCluster {
  explicit ServedScenarioCluster(const scenario::Scenario& s)
      : world(Options("1.33")), served(s, world, out), api(world, pacer, ApiServerOptions{"", &served}) {
    api.CatchUp();
  }

  Response Call(const std::string& method, const std::string& target, const std::string& body = "") {
    Request request;
    request.method = method;
    request.target = target;
    request.body = body;
    if (!body.empty()) request.headers["content-type"] = "application/json";
    return api.Handle(request);
  }
  void Advance(const std::string& duration) {
    REQUIRE(Call("POST", "/jobsim/v1/clock", R"({"advance":")" + duration + R"("})").status == 200);
  }
  int64_t Parallelism() {
    const Response r = Call("GET", kSleeper);
    REQUIRE(r.status == 200);
    return api::Json::parse(r.body)["spec"]["parallelism"].get<int64_t>();
  }

  sim::World world;
  Pacer pacer{0};
  std::ostringstream out;
  ServedScenario served;
  ApiServer api;
};

}  // namespace

TEST_CASE("a served scenario's steps take effect through the API as the manual clock passes their times") {
  scenario::Scenario s;
  REQUIRE(scenario::ParseScenario(kScenario, "served.yaml", s).ok());
  ServedScenarioCluster c(s);
  CHECK(c.out.str() ==
        "# scenario served  kubernetes 1.33  seed 1\n"
        "[t=0s] create job/sleeper: job.batch/sleeper created\n");
  CHECK(c.Parallelism() == 2);

  c.Advance("59s");
  CHECK(c.Parallelism() == 2);
  CHECK(c.out.str().find("patch") == std::string::npos);

  c.Advance("1s");
  CHECK(c.world.now_ms() == 60'000);
  CHECK(c.Parallelism() == 0);
  CHECK(c.out.str().find("[t=60s] patch job/sleeper: job.batch/sleeper patched\n") != std::string::npos);

  c.Advance("5m");
  const std::string out = c.out.str();
  CHECK(out.find("wait job/sleeper: status.active") != std::string::npos);
  CHECK(out.find("job/sleeper spec.parallelism: want 5, got 0\n") != std::string::npos);
  CHECK(out.find("$ kubectl get job sleeper\n") != std::string::npos);
  CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) == "1 passed, 1 failed\n");

  // The failed check stopped nothing: the cluster keeps serving.
  CHECK(c.Call("GET", "/version").status == 200);
  CHECK(c.Call("DELETE", kSleeper, R"({"propagationPolicy":"Background"})").status == 200);
}

TEST_CASE("a served scenario's wait holds back the later steps until a client's change ends it") {
  scenario::Scenario s;
  REQUIRE(scenario::ParseScenario(R"yaml(apiVersion: jobsim/v1
kind: Scenario
metadata:
  name: waits
spec:
  steps:
    - wait: {object: job/late, condition: Complete, timeout: 2m}
    - kubectl: get jobs
)yaml",
                                  "waits.yaml", s)
              .ok());
  ServedScenarioCluster c(s);
  c.Advance("10s");
  CHECK(c.out.str().find("kubectl") == std::string::npos);
  const char* late = R"json({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"late"},
    "spec":{"template":{"spec":{"containers":[{"name":"main","image":"busybox","command":["true"]}],
    "restartPolicy":"Never"}}}})json";
  REQUIRE(c.Call("POST", "/apis/batch/v1/namespaces/default/jobs", late).status == 201);
  c.Advance("30s");
  const std::string out = c.out.str();
  CHECK(out.find("wait job/late: condition Complete met after") != std::string::npos);
  const size_t kubectl = out.find("$ kubectl get jobs\n");
  REQUIRE(kubectl != std::string::npos);
  CHECK(out.find("late ", kubectl) != std::string::npos);
  CHECK(out.find("1 passed, 0 failed\n") != std::string::npos);
}
