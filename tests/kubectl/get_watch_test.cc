#include "kubectl/get_watch.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"
#include "tests/support/fake_dispatcher.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

struct Cluster {
  Cluster() : store(clock, 1, dispatcher, api::ApiRules{}) {}
  VirtualClock clock{kSeedStart};
  jobsim::test::QueueDispatcher dispatcher;
  api::Store store;

  void CreatePod(const std::string& name, const std::string& job) {
    api::Pod pod;
    pod.metadata.name = name;
    if (!job.empty()) pod.metadata.labels = {{"job-name", job}};
    pod.spec.Mut().containers.push_back(api::Container{.name = "pi", .image = "perl"});
    pod.spec.Mut().restart_policy = "Never";
    REQUIRE(store.Create(pod).ok());
  }
  void SetPhase(const std::string& name, const std::string& phase) {
    REQUIRE(store
                .Patch<api::Pod>(
                    "default", name,
                    [&](api::Pod& p) {
                      p.status.phase = phase;
                      return api::Status::Ok();
                    },
                    /*status_only=*/true)
                .ok());
  }
  // Delivers the watch events of the writes so far at `elapsed_s`.
  void At(int elapsed_s) {
    clock.AdvanceTo(elapsed_s * kSecond);
    dispatcher.RunAll();
  }
};

std::vector<std::string> Args(const std::string& line) { return SplitCommandLine(line); }

}  // namespace

TEST_CASE("get -w: the list, then one row per event, widths remembered, ages at each event") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods -w"), c.store, Rules133());
  REQUIRE(watch.watching());
  CHECK(watch.output() ==
        "NAME   READY   STATUS    RESTARTS   AGE\n"
        "pi-a   0/1     Pending   0          0s\n");
  c.At(5);
  c.SetPhase("pi-a", "Running");
  c.At(5);
  c.At(70);
  c.CreatePod("pi-long-name", "pi");
  c.At(70);
  CHECK(watch.output() ==
        "NAME   READY   STATUS    RESTARTS   AGE\n"
        "pi-a   0/1     Pending   0          0s\n"
        "pi-a   0/1     Running   0          5s\n"
        "pi-long-name   0/1     Pending   0          0s\n");
}

TEST_CASE("get -w: a DELETED event prints the object's last row; other namespaces and labels stay out") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods -w -l job-name=pi --watch-only --output-watch-events"), c.store, Rules133());
  CHECK(watch.output().empty());
  c.At(3);
  c.CreatePod("other", "");
  c.SetPhase("pi-a", "Failed");
  c.At(3);
  c.At(4);
  REQUIRE(c.store.Delete<api::Pod>("default", "pi-a", {.grace_period_seconds = 0}).ok());
  c.At(4);
  CHECK(watch.output() ==
        "EVENT      NAME   READY   STATUS   RESTARTS   AGE\n"
        "MODIFIED   pi-a   0/1     Failed   0          3s\n"
        "DELETED    pi-a   0/1     Failed   0          4s\n");
}

TEST_CASE("get -w -o name prints TYPE/NAME per object and event") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods --watch -o name"), c.store, Rules133());
  c.SetPhase("pi-a", "Running");
  c.At(1);
  CHECK(watch.output() == "pod/pi-a\npod/pi-a\n");
}

TEST_CASE("get -w -o yaml prints each object whole, the listed one first, then each event's after ---") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods -w -o yaml"), c.store, Rules133());
  c.SetPhase("pi-a", "Running");
  c.At(1);
  const std::string out = watch.output();
  CHECK(out.rfind("apiVersion: v1\nkind: Pod\n", 0) == 0);
  CHECK(out.find("\n---\napiVersion: v1\nkind: Pod\n") != std::string::npos);
  CHECK(out.find("  phase: Running\n") != std::string::npos);
}

TEST_CASE("get -w --output-watch-events: EVENT cells as wide as MODIFIED from the first row") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods -w --output-watch-events"), c.store, Rules133());
  CHECK(watch.output() ==
        "EVENT      NAME   READY   STATUS    RESTARTS   AGE\n"
        "ADDED      pi-a   0/1     Pending   0          0s\n");
}

TEST_CASE("kubectl 1.3 get -w aligns each event's row on its own") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch watch(Args("get pods -w"), c.store, Rules13());
  c.At(2);
  c.CreatePod("pi-long-name", "pi");
  c.At(2);
  CHECK(watch.output() ==
        "NAME      READY     STATUS    RESTARTS   AGE\n"
        "pi-a      0/1       Pending   0          0s\n"
        "pi-long-name   0/1       Pending   0         0s\n");
}

TEST_CASE("get -w: what it cannot watch is an error and no watch") {
  Cluster c;
  GetWatch jsonpath(Args("get pods -w -o jsonpath={.metadata.name}"), c.store, Rules133());
  CHECK_FALSE(jsonpath.watching());
  CHECK(jsonpath.output() ==
        "error: jobsim's kubectl watches with the table, -o wide, name, yaml or json, not -o jsonpath={.metadata.name}\n");
  GetWatch events(Args("get pods -w --output-watch-events"), c.store, Rules13());
  CHECK_FALSE(events.watching());
  CHECK(events.output() == "error: unknown flag: --output-watch-events\nSee 'kubectl get --help' for usage.\n");
  GetWatch missing(Args("get pod nope -w"), c.store, Rules133());
  CHECK_FALSE(missing.watching());
  CHECK(missing.output() == "Error from server (NotFound): pods \"nope\" not found\n");
  GetWatch bad(Args("get pods -w --bogus"), c.store, Rules133());
  CHECK(bad.output() == "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
}

TEST_CASE("get -w -o json|yaml --output-watch-events prints the served object, managedFields included") {
  Cluster c;
  c.CreatePod("pi-a", "pi");
  c.At(0);
  GetWatch json(Args("get pods -w -o json --output-watch-events"), c.store, Rules133());
  GetWatch yaml(Args("get pods -w -o yaml --output-watch-events"), c.store, Rules133());
  GetWatch plain(Args("get pods -w -o yaml"), c.store, Rules133());
  CHECK(json.output().find(R"("managedFields":[{"apiVersion":"v1","fieldsType":"FieldsV1","fieldsV1":{)") !=
        std::string::npos);
  CHECK(json.output().find(R"("manager":"kubectl-create","operation":"Update","time":"2016-05-13T10:45:22Z"})") !=
        std::string::npos);
  CHECK(yaml.output().find("    managedFields:\n    - apiVersion: v1\n") != std::string::npos);
  // A top-level object loses them (OmitManagedFieldsPrinter), as in `get -o yaml`.
  CHECK(plain.output().find("managedFields") == std::string::npos);
}
