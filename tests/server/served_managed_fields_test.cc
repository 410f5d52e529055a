// The managedFields `jobsim serve` serves: the Update entries of creates,
// updates and patches through it, the conflicts a later server-side apply has
// with them, and the entries of the actors' writes, derived when served.
#include <catch2/catch.hpp>

#include "server/field_manager_name.h"
#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;
using api::Json;

TEST_CASE("the manager of a write without fieldManager is the User-Agent's product") {
  CHECK(ManagerFromUserAgent("kubectl/v1.33.1 (linux/amd64) kubernetes/8adc0f0") == "kubectl");
  CHECK(ManagerFromUserAgent("OpenAPI-Generator/31.0.0/python") == "OpenAPI-Generator");
  CHECK(ManagerFromUserAgent("") == "");
}

TEST_CASE("kubectl create, patch and label record Update entries that a server-side apply conflicts with") {
  ServedCluster c;
  const Response created = c.Call("POST", "/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create", kPiJob);
  REQUIRE(created.status == 201);
  const Json job = c.Json(created);
  const Json* create = EntryOf(job, "kubectl-create");
  REQUIRE(create != nullptr);
  CHECK((*create)["operation"] == "Update");
  CHECK((*create)["apiVersion"] == "batch/v1");
  const Json& fields = (*create)["fieldsV1"];
  // Defaulted fields are the creator's; the generated selector and labels are nobody's.
  CHECK(fields["f:spec"].contains("f:backoffLimit"));
  CHECK(fields["f:spec"].contains("f:parallelism"));
  CHECK(fields["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"pi\"}"].contains("f:image"));
  CHECK(fields["f:spec"]["f:template"]["f:spec"].contains("f:dnsPolicy"));
  CHECK_FALSE(fields["f:spec"].contains("f:selector"));
  CHECK_FALSE(fields.contains("f:metadata"));

  const Response patched = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl-patch",
                                   R"({"spec":{"parallelism":3}})", {{"content-type", "application/merge-patch+json"}});
  REQUIRE(patched.status == 200);
  const Json after_patch = c.Json(patched);
  REQUIRE(EntryOf(after_patch, "kubectl-patch") != nullptr);
  CHECK((*EntryOf(after_patch, "kubectl-patch"))["fieldsV1"] == Json::parse(R"({"f:spec":{"f:parallelism":{}}})"));
  CHECK_FALSE((*EntryOf(after_patch, "kubectl-create"))["fieldsV1"]["f:spec"].contains("f:parallelism"));

  const Response labelled = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl-label",
                                   R"({"metadata":{"labels":{"tier":"batch"}}})",
                                   {{"content-type", "application/merge-patch+json"}});
  REQUIRE(labelled.status == 200);
  CHECK((*EntryOf(c.Json(labelled), "kubectl-label"))["fieldsV1"] ==
        Json::parse(R"({"f:metadata":{"f:labels":{"f:tier":{}}}})"));

  SECTION("applying another parallelism conflicts with the Update manager") {
    const Response r = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl&force=false",
                              R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},"spec":{"parallelism":2}})",
                              {{"content-type", "application/apply-patch+yaml"}});
    REQUIRE(r.status == 409);
    CHECK(c.Json(r)["message"] ==
          R"(Apply failed with 1 conflict: conflict with "kubectl-patch" using batch/v1: .spec.parallelism)");
    CHECK(c.Json(r)["details"]["causes"][0]["message"] == R"(conflict with "kubectl-patch" using batch/v1)");
  }
  SECTION("forced, the applier takes it over") {
    const Response r = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl&force=true",
                              R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},"spec":{"parallelism":2}})",
                              {{"content-type", "application/apply-patch+yaml"}});
    REQUIRE(r.status == 200);
    CHECK(EntryOf(c.Json(r), "kubectl-patch") == nullptr);
    CHECK(c.Json(r)["metadata"]["managedFields"][0]["manager"] == "kubectl");
  }
}

TEST_CASE("a status write through /status is the manager's entry with subresource status") {
  ServedCluster c;
  REQUIRE(c.Call("POST", "/api/v1/namespaces/default/pods?fieldManager=kubectl-run",
                 R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"nodeName":"nowhere",
                   "containers":[{"name":"c","image":"busybox"}]}})")
              .status == 201);
  const Response r = c.Call("PATCH", "/api/v1/namespaces/default/pods/p/status?fieldManager=ops",
                            R"({"status":{"message":"checked"}})", {{"content-type", "application/merge-patch+json"}});
  REQUIRE(r.status == 200);
  const Json pod = c.Json(r);
  const Json* status = EntryOf(pod, "ops", "status");
  REQUIRE(status != nullptr);
  CHECK((*status)["fieldsV1"] == Json::parse(R"({"f:status":{"f:message":{}}})"));
  CHECK(EntryOf(pod, "kubectl-run") != nullptr);
}

TEST_CASE("a PUT without managedFields keeps the live entries and records its own") {
  ServedCluster c;
  REQUIRE(c.Call("POST", "/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create", kPiJob).status == 201);
  Json job = c.Json(c.Call("GET", "/apis/batch/v1/namespaces/default/jobs/pi"));
  job["metadata"].erase("managedFields");
  job["metadata"]["labels"]["tier"] = "batch";
  const Response r = c.Call("PUT", "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl-replace", job.dump());
  REQUIRE(r.status == 200);
  CHECK(EntryOf(c.Json(r), "kubectl-create") != nullptr);
  REQUIRE(EntryOf(c.Json(r), "kubectl-replace") != nullptr);
  CHECK((*EntryOf(c.Json(r), "kubectl-replace"))["fieldsV1"] == Json::parse(R"({"f:metadata":{"f:labels":{"f:tier":{}}}})"));
}
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

TEST_CASE("a create records list maps by all their keys (ports by containerPort and protocol) and sets by value") {
  ServedCluster c;
  const Response created = c.Call("POST", "/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create",
                                  R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"lists",
    "finalizers":["example.com/hold"]},"spec":{"suspend":true,"template":{"spec":{"restartPolicy":"Never",
    "containers":[{"name":"main","image":"busybox","ports":[{"containerPort":8080}],
    "env":[{"name":"MODE","value":"test"}]}]}}}})");
  REQUIRE(created.status == 201);
  const Json job = c.Json(created);
  const Json* entry = EntryOf(job, "kubectl-create");
  REQUIRE(entry != nullptr);
  const Json& fields = (*entry)["fieldsV1"];
  CHECK(fields["f:metadata"]["f:finalizers"] == Json::parse(R"({".":{},"v:\"example.com/hold\"":{}})"));
  const Json& container = fields["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"main\"}"];
  // The defaulted protocol is a key and a field of the item, as kube-apiserver records it.
  CHECK(container["f:ports"] == Json::parse(R"({".":{},
    "k:{\"containerPort\":8080,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{},"f:protocol":{}}})"));
  CHECK(container["f:env"] == Json::parse(R"({".":{},"k:{\"name\":\"MODE\"}":{".":{},"f:name":{},"f:value":{}}})"));

  // A patch that drops the finalizer removes its value from the creator's entry.
  const Response patched = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/lists?fieldManager=kubectl-patch",
                                  R"({"metadata":{"finalizers":null}})",
                                  {{"content-type", "application/merge-patch+json"}});
  REQUIRE(patched.status == 200);
  const Json unheld = c.Json(patched);
  const Json* after = EntryOf(unheld, "kubectl-create");
  REQUIRE(after != nullptr);
  CHECK_FALSE((*after)["fieldsV1"].contains("f:metadata"));
}

TEST_CASE("a running Job pod's tracking finalizer is a value of the set metadata.finalizers, the controller's") {
  ServedCluster c;
  REQUIRE(c.Call("POST", "/apis/batch/v1/namespaces/default/jobs?fieldManager=kubectl-create", kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 1'000);
  const Json pods = c.Json(c.Call("GET", "/api/v1/namespaces/default/pods"));
  REQUIRE(pods["items"].size() == 1);
  REQUIRE(pods["items"][0]["metadata"]["finalizers"] == Json::parse(R"(["batch.kubernetes.io/job-tracking"])"));
  const Json* created = EntryOf(pods["items"][0], "kube-controller-manager");
  REQUIRE(created != nullptr);
  CHECK((*created)["fieldsV1"]["f:metadata"]["f:finalizers"] ==
        Json::parse(R"({".":{},"v:\"batch.kubernetes.io/job-tracking\"":{}})"));
}
