// Server-side apply: the pure merge, then PATCH application/apply-patch+yaml
// through the ApiServer as `kubectl apply --server-side` sends it.
#include "server/server_side_apply.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;
using api::Json;

namespace {

const char* kApplyPi = "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=kubectl&fieldValidation=Strict&force=false";
const std::map<std::string, std::string> kApplyHeaders = {{"content-type", "application/apply-patch+yaml"}};

}  // namespace

TEST_CASE("applying into a live object merges maps and named list items, never status") {
  const Json live = Json::parse(R"({"metadata":{"name":"pi","labels":{"a":"1"}},
    "spec":{"template":{"spec":{"containers":[{"name":"pi","image":"perl","command":["perl"]}]}}},
    "status":{"active":1}})");
  const Json applied = Json::parse(R"({"metadata":{"name":"pi","labels":{"b":"2"}},
    "spec":{"parallelism":3,"template":{"spec":{"containers":[{"name":"pi","image":"perl:5.36"}]}}},
    "status":{"active":7}})");
  Json out;
  REQUIRE(ApplyConfiguration(&live, applied, {"kubectl", "batch/v1", "2025-01-01T00:00:00Z", {}}, out).ok());
  CHECK(out["metadata"]["labels"] == Json::parse(R"({"a":"1","b":"2"})"));
  CHECK(out["spec"]["parallelism"] == 3);
  const Json& container = out["spec"]["template"]["spec"]["containers"][0];
  CHECK(container["image"] == "perl:5.36");
  CHECK(container["command"] == Json::parse(R"(["perl"])"));
  CHECK(out["status"]["active"] == 1);
  CHECK(out["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"].contains("f:parallelism"));
}

TEST_CASE("apply --server-side creates the job, then updates it, recording kubectl's fields") {
  ServedCluster c;
  const Response created = c.Call("PATCH", kApplyPi, kPiJob, kApplyHeaders);
  REQUIRE(created.status == 201);
  const Json entry = c.Json(created)["metadata"]["managedFields"][0];
  CHECK(entry["manager"] == "kubectl");
  CHECK(entry["operation"] == "Apply");
  CHECK(entry["apiVersion"] == "batch/v1");
  CHECK(entry["fieldsType"] == "FieldsV1");
  CHECK_FALSE(entry["time"].get<std::string>().empty());
  CHECK(entry["fieldsV1"]["f:spec"]["f:template"]["f:spec"]["f:containers"].contains("k:{\"name\":\"pi\"}"));

  Json changed = Json::parse(kPiJob);
  changed["metadata"]["labels"] = {{"tier", "batch"}};
  changed["spec"]["parallelism"] = 0;
  const Response updated = c.Call("PATCH", kApplyPi, changed.dump(), kApplyHeaders);
  REQUIRE(updated.status == 200);
  CHECK(c.Json(updated)["spec"]["parallelism"] == 0);
  CHECK(c.Json(updated)["metadata"]["labels"]["tier"] == "batch");
  REQUIRE(c.Json(updated)["metadata"]["managedFields"].size() == 1);
  CHECK(c.Json(updated)["metadata"]["managedFields"][0]["fieldsV1"]["f:metadata"]["f:labels"].contains("f:tier"));
}

TEST_CASE("apply reads YAML, and a repeated apply keeps the resourceVersion") {
  ServedCluster c;
  const std::string yaml =
      "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: pi\nspec:\n  template:\n    spec:\n"
      "      containers:\n      - name: pi\n        image: perl\n      restartPolicy: Never\n";
  const Response first = c.Call("PATCH", kApplyPi, yaml, kApplyHeaders);
  REQUIRE(first.status == 201);
  // The controller writes the job's status in between: compare with the object just before.
  const Json before = c.Json(c.Call("GET", "/apis/batch/v1/namespaces/default/jobs/pi"));
  const Response second = c.Call("PATCH", kApplyPi, yaml, kApplyHeaders);
  REQUIRE(second.status == 200);
  CHECK(c.Json(second)["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]);
  CHECK(c.Json(second)["metadata"]["managedFields"] == c.Json(first)["metadata"]["managedFields"]);
}

TEST_CASE("apply needs a fieldManager and a body whose name matches the path") {
  ServedCluster c;
  const Response no_manager = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pi", kPiJob, kApplyHeaders);
  CHECK(no_manager.status == 422);
  CHECK(c.Json(no_manager)["message"] == kApplyNeedsFieldManager);
  const Response other = c.Call("PATCH", "/apis/batch/v1/namespaces/default/jobs/pj?fieldManager=kubectl", kPiJob,
                                kApplyHeaders);
  CHECK(other.status == 400);
}
