// The FieldsV1 set of an applied configuration and the manager's Apply entry.
#include "fakeapi/managed_fields.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

TEST_CASE("the field set names every applied key; named list items are keyed and members") {
  const Json applied = Json::parse(R"({"apiVersion":"batch/v1","kind":"Job",
    "metadata":{"name":"pi","namespace":"default","labels":{"app":"pi"}},
    "spec":{"parallelism":2,"template":{"spec":{
      "containers":[{"name":"pi","image":"perl","command":["perl","-e","1"]}],"restartPolicy":"Never"}}},
    "status":{"active":1}})");
  const Json want = Json::parse(R"({
    "f:metadata":{"f:labels":{"f:app":{}}},
    "f:spec":{"f:parallelism":{},"f:template":{"f:spec":{
      "f:containers":{"k:{\"name\":\"pi\"}":{".":{},"f:command":{},"f:image":{},"f:name":{}}},
      "f:restartPolicy":{}}}}})");
  CHECK(FieldSetOf(applied) == want);
}

TEST_CASE("metadata with only the name and namespace is not in the set") {
  const Json applied = Json::parse(R"({"metadata":{"name":"pi","namespace":"default"},"spec":{"suspend":true}})");
  CHECK(FieldSetOf(applied) == Json::parse(R"({"f:spec":{"f:suspend":{}}})"));
}

TEST_CASE("RecordApply replaces the manager's entry and keeps the other managers, Apply entries first") {
  Json object = {{"metadata", {{"managedFields", Json::array({{{"manager", "kubectl-create"}, {"operation", "Update"}}})}}}};
  ApplyEntry entry{"kubectl", "batch/v1", "2025-01-01T00:00:00Z", Json::parse(R"({"f:spec":{}})")};
  RecordApply(object, entry);
  REQUIRE(object["metadata"]["managedFields"].size() == 2);
  const Json& mine = object["metadata"]["managedFields"][0];
  CHECK(mine["manager"] == "kubectl");
  CHECK(mine["operation"] == "Apply");
  CHECK(mine["apiVersion"] == "batch/v1");
  CHECK(mine["fieldsType"] == "FieldsV1");
  CHECK(mine["time"] == "2025-01-01T00:00:00Z");

  SECTION("the same set again keeps its time, so a repeated apply changes nothing") {
    entry.time = "2025-01-01T00:05:00Z";
    RecordApply(object, entry);
    REQUIRE(object["metadata"]["managedFields"].size() == 2);
    CHECK(object["metadata"]["managedFields"][0]["time"] == "2025-01-01T00:00:00Z");
  }
  SECTION("a changed set takes the new time") {
    entry.time = "2025-01-01T00:05:00Z";
    entry.fields = Json::parse(R"({"f:spec":{"f:parallelism":{}}})");
    RecordApply(object, entry);
    REQUIRE(object["metadata"]["managedFields"].size() == 2);
    CHECK(object["metadata"]["managedFields"][0]["time"] == "2025-01-01T00:05:00Z");
    CHECK(object["metadata"]["managedFields"][1]["manager"] == "kubectl-create");
  }
}

TEST_CASE("field paths print as structured-merge-diff's, and walk objects by merge key") {
  const FieldPath image = {"f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"main\"}", "f:image"};
  CHECK(FieldPathString(image) == ".spec.template.spec.containers[name=\"main\"].image");
  CHECK(FieldPathString({"f:spec", "f:ports", "k:{\"containerPort\":80,\"protocol\":\"TCP\"}"}) ==
        ".spec.ports[containerPort=80,protocol=\"TCP\"]");
  const Json job = Json::parse(R"({"spec":{"template":{"spec":{"containers":[{"name":"side","image":"a"},
    {"name":"main","image":"b"}]}}}})");
  REQUIRE(ValueAt(job, image) != nullptr);
  CHECK(*ValueAt(job, image) == "b");
  CHECK(ValueAt(job, {"f:spec", "f:parallelism"}) == nullptr);
}

TEST_CASE("sets: leaves, membership, removal that prunes emptied parents, union") {
  Json set = Json::parse(R"({"f:spec":{"f:parallelism":{},"f:template":{"f:spec":{"f:containers":{
    "k:{\"name\":\"pi\"}":{".":{},"f:image":{}}}}}}})");
  CHECK(LeavesOf(set) == std::vector<FieldPath>{
                             {"f:spec", "f:parallelism"},
                             {"f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"pi\"}", "f:image"}});
  CHECK(SetContains(set, {"f:spec", "f:parallelism"}));
  RemoveFromSet(set, {"f:spec", "f:parallelism"});
  CHECK_FALSE(SetContains(set, {"f:spec", "f:parallelism"}));
  RemoveFromSet(set, {"f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"pi\"}", "f:image"});
  // The item keeps its "." marker: it is still a member.
  CHECK(SetContains(set, {"f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"pi\"}", "."}));
  CHECK(SetUnion(Json::parse(R"({"f:a":{"f:b":{}}})"), Json::parse(R"({"f:a":{"f:c":{}},"f:d":{}})")) ==
        Json::parse(R"({"f:a":{"f:b":{},"f:c":{}},"f:d":{}})"));
}

TEST_CASE("an applied configuration's set follows the schema: ports by both keys, finalizers by value") {
  const Json applied = Json::parse(R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi",
    "finalizers":["example.com/hold"]},"spec":{"selector":{"matchLabels":{"a":"b"}},"template":{"spec":{
    "containers":[{"name":"pi","ports":[{"containerPort":8080}],"env":[{"name":"MODE","value":"x"}]}]}}}})");
  CHECK(FieldSetOf(applied) == Json::parse(R"({"f:metadata":{"f:finalizers":{"v:\"example.com/hold\"":{}}},
    "f:spec":{"f:selector":{},"f:template":{"f:spec":{"f:containers":{"k:{\"name\":\"pi\"}":{".":{},"f:name":{},
      "f:ports":{"k:{\"containerPort\":8080,\"protocol\":\"TCP\"}":{".":{},"f:containerPort":{}}},
      "f:env":{"k:{\"name\":\"MODE\"}":{".":{},"f:name":{},"f:value":{}}}}}}}}})"));
}

TEST_CASE("a set's value is a member of the list: found, erased, printed as [=value]") {
  Json object = Json::parse(R"({"metadata":{"finalizers":["a","b"]}})");
  const FieldPath path = {"f:metadata", "f:finalizers", "v:\"b\""};
  REQUIRE(ValueAt(object, path) != nullptr);
  CHECK(*ValueAt(object, path) == "b");
  CHECK(ValueAt(object, {"f:metadata", "f:finalizers", "v:\"c\""}) == nullptr);
  EraseMember(object["metadata"]["finalizers"], "v:\"a\"");
  CHECK(object["metadata"]["finalizers"] == Json::parse(R"(["b"])"));
  CHECK(FieldPathString(path) == R"(.metadata.finalizers[="b"])");
  CHECK(FieldPathString({"f:spec", "k:{\"containerPort\":80,\"protocol\":\"TCP\"}"}) ==
        R"(.spec[containerPort=80,protocol="TCP"])");
}
