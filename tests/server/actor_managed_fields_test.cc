// The managedFields of the writes jobsim's actors make without the server.
#include "server/actor_managed_fields.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;
using api::Json;

TEST_CASE("a Job's pods are the controller's, their status the kubelet's; the Job's status the controller's") {
  ServedCluster c;
  REQUIRE(c.Call("POST", "/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create", kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 60'000);
  const Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods"));
  REQUIRE(pods["items"].size() >= 1);
  const Json& pod = pods["items"][0];
  const Json* created = EntryOf(pod, "kube-controller-manager");
  REQUIRE(created != nullptr);
  CHECK((*created)["operation"] == "Update");
  CHECK((*created)["apiVersion"] == "v1");
  CHECK((*created)["time"] == pod["metadata"]["creationTimestamp"]);
  const Json& fields = (*created)["fieldsV1"];
  CHECK(fields["f:metadata"]["f:labels"].contains("."));
  CHECK(fields["f:metadata"].contains("f:generateName"));
  CHECK(fields["f:spec"]["f:containers"]["k:{\"name\":\"pi\"}"].contains("f:image"));
  CHECK_FALSE(fields["f:spec"].contains("f:nodeName"));
  CHECK_FALSE(fields.contains("f:status"));
  const Json* kubelet = EntryOf(pod, "kubelet", "status");
  REQUIRE(kubelet != nullptr);
  CHECK((*kubelet)["fieldsV1"]["f:status"].contains("f:phase"));
  CHECK((*kubelet)["fieldsV1"]["f:status"]["f:conditions"].contains("k:{\"type\":\"Ready\"}"));

  const Json job = c.Json(c.Call("GET", "/apis/batch/v1/namespaces/default/jobs/pi"));
  REQUIRE(EntryOf(job, "kubectl-create") != nullptr);
  const Json* status = EntryOf(job, "kube-controller-manager", "status");
  REQUIRE(status != nullptr);
  CHECK((*status)["apiVersion"] == "batch/v1");
  CHECK((*status)["fieldsV1"]["f:status"].contains("f:startTime"));
  CHECK((*status)["fieldsV1"]["f:status"]["f:conditions"].empty());  // atomic
  // The entry the server recorded comes first (older), the controller's after it.
  CHECK(job["metadata"]["managedFields"][0]["manager"] == "kubectl-create");
}

TEST_CASE("an object never written through the server gets its creator's entry; entries shrink to what exists") {
  Json pod = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"default",
    "creationTimestamp":"2025-01-01T00:00:00Z","finalizers":["f"]},
    "spec":{"containers":[{"name":"c","image":"busybox"}]},"status":{"phase":"Pending"}})");
  Json bare = pod;
  AttributeActorFields(bare);
  REQUIRE(bare["metadata"]["managedFields"].size() == 1);
  CHECK(bare["metadata"]["managedFields"][0]["manager"] == "kubectl-create");
  CHECK(bare["metadata"]["managedFields"][0]["time"] == "2025-01-01T00:00:00Z");

  // Recorded entries: no creator is made up; a field removed since leaves its entry.
  pod["metadata"]["managedFields"] = Json::parse(R"([{"manager":"kubectl-run","operation":"Update","apiVersion":"v1",
    "time":"2025-01-01T00:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{"f:gone":{}}},
    "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}}])");
  AttributeActorFields(pod);
  REQUIRE(pod["metadata"]["managedFields"].size() == 1);
  CHECK(pod["metadata"]["managedFields"][0]["fieldsV1"] ==
        Json::parse(R"({"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}})"));
}
