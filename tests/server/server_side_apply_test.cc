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
  // Only kubectl applied; the controller's status writes are an Update entry.
  const Json applies = EntriesOf(c.Json(updated), "Apply");
  REQUIRE(applies.size() == 1);
  CHECK(applies[0]["fieldsV1"]["f:metadata"]["f:labels"].contains("f:tier"));
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
  CHECK(EntriesOf(c.Json(second), "Apply") == EntriesOf(c.Json(first), "Apply"));
  CHECK(c.Json(second)["metadata"]["managedFields"] == before["metadata"]["managedFields"]);
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

namespace {

std::string ApplyAs(const std::string& manager, bool force = false) {
  return "/apis/batch/v1/namespaces/default/jobs/pi?fieldManager=" + manager + (force ? "&force=true" : "");
}

// A configuration of job pi that sets only what it is given (besides the identity).
std::string Config(const std::string& spec) {
  return R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi"},"spec":)" + spec + "}";
}

}  // namespace

TEST_CASE("another manager changing an applied field is a conflict, unless forced") {
  ServedCluster c;
  REQUIRE(c.Call("PATCH", ApplyAs("kubectl"), kPiJob, kApplyHeaders).status == 201);

  SECTION("the same value is no conflict: both own it") {
    const Response r = c.Call("PATCH", ApplyAs("other"), Config(R"({"backoffLimit":4})"), kApplyHeaders);
    REQUIRE(r.status == 200);
    CHECK(EntriesOf(c.Json(r), "Apply").size() == 2);
  }
  SECTION("a different value: 409 with upstream's message and a cause per field") {
    const Response r = c.Call("PATCH", ApplyAs("other"), Config(R"({"backoffLimit":2})"), kApplyHeaders);
    REQUIRE(r.status == 409);
    const Json status = c.Json(r);
    CHECK(status["reason"] == "Conflict");
    CHECK(status["message"] == R"(Apply failed with 1 conflict: conflict with "kubectl": .spec.backoffLimit)");
    CHECK(status["details"]["causes"][0] ==
          Json({{"reason", "FieldManagerConflict"},
                {"message", "conflict with \"kubectl\""},
                {"field", ".spec.backoffLimit"}}));
    CHECK(c.world.store().Get<api::Job>("default", "pi")->spec.backoff_limit == 4);
  }
  SECTION("several conflicts are listed by manager") {
    const std::string spec =
        R"({"backoffLimit":2,"template":{"spec":{"containers":[{"name":"pi","image":"perl:5.36"}]}}})";
    const Response r = c.Call("PATCH", ApplyAs("other"), Config(spec), kApplyHeaders);
    CHECK(c.Json(r)["message"] ==
          "Apply failed with 2 conflicts: conflicts with \"kubectl\":\n- .spec.backoffLimit\n"
          "- .spec.template.spec.containers[name=\"pi\"].image");
  }
  SECTION("force takes the field over: the value changes, the first manager no longer owns it") {
    const Response r = c.Call("PATCH", ApplyAs("other", true), Config(R"({"backoffLimit":2})"), kApplyHeaders);
    REQUIRE(r.status == 200);
    CHECK(c.Json(r)["spec"]["backoffLimit"] == 2);
    const Json managed = EntriesOf(c.Json(r), "Apply");
    REQUIRE(managed.size() == 2);
    CHECK_FALSE(managed[0]["fieldsV1"]["f:spec"].contains("f:backoffLimit"));
    CHECK(managed[1]["manager"] == "other");
    CHECK(managed[1]["fieldsV1"]["f:spec"].contains("f:backoffLimit"));
    // The first manager applying its old value again now conflicts with the new owner.
    const Response back = c.Call("PATCH", ApplyAs("kubectl"), kPiJob, kApplyHeaders);
    CHECK(c.Json(back)["message"] == R"(Apply failed with 1 conflict: conflict with "other": .spec.backoffLimit)");
  }
}

TEST_CASE("a field the manager applied before and drops now is removed, unless another manager owns it") {
  ServedCluster c;
  Json labelled = Json::parse(kPiJob);
  labelled["metadata"]["labels"] = {{"tier", "batch"}, {"team", "a"}};
  labelled["spec"]["activeDeadlineSeconds"] = 600;
  REQUIRE(c.Call("PATCH", ApplyAs("kubectl"), labelled.dump(), kApplyHeaders).status == 201);
  REQUIRE(c.Call("PATCH", ApplyAs("other"),
                 R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi","labels":{"team":"a"}}})",
                 kApplyHeaders).status == 200);
  Json dropped = Json::parse(kPiJob);  // no labels, no activeDeadlineSeconds
  const Response r = c.Call("PATCH", ApplyAs("kubectl"), dropped.dump(), kApplyHeaders);
  REQUIRE(r.status == 200);
  const Json job = c.Json(r);
  CHECK_FALSE(job["metadata"]["labels"].contains("tier"));
  CHECK(job["metadata"]["labels"]["team"] == "a");
  CHECK_FALSE(job["spec"].contains("activeDeadlineSeconds"));
  CHECK_FALSE(job["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"].contains("f:activeDeadlineSeconds"));
}

TEST_CASE("a container dropped from the configuration goes, with its fields") {
  const Json live = Json::parse(R"({"metadata":{"name":"pi","managedFields":[{"manager":"kubectl","operation":"Apply",
    "fieldsV1":{"f:spec":{"f:containers":{"k:{\"name\":\"a\"}":{".":{},"f:name":{},"f:image":{}},
                                          "k:{\"name\":\"b\"}":{".":{},"f:name":{},"f:image":{}}}}}}]},
    "spec":{"containers":[{"name":"a","image":"x"},{"name":"b","image":"y"}]}})");
  const Json applied = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"pi"},
    "spec":{"containers":[{"name":"a","image":"x"}]}})");
  Json out;
  REQUIRE(ApplyConfiguration(&live, applied, {"kubectl", "v1", "2025-01-01T00:00:00Z", {}}, out).ok());
  CHECK(out["spec"]["containers"] == Json::parse(R"([{"name":"a","image":"x"}])"));
}
