// What a write changed, as kube-apiserver's field manager compares objects.
#include "fakeapi/field_changes.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

TEST_CASE("a create from the zero object: added maps, lists and items are members, present ones are not") {
  const Json zero = Json::parse(R"({"metadata":{},"spec":{"template":{"spec":{"containers":null}}}})");
  const Json job = Json::parse(R"({"metadata":{"labels":{"app":"pi"}},
    "spec":{"parallelism":2,"template":{"spec":{"containers":[{"name":"pi","image":"perl","resources":{}}],
    "securityContext":{}}}}})");
  const Json want = Json::parse(R"({
    "f:metadata":{"f:labels":{".":{},"f:app":{}}},
    "f:spec":{"f:parallelism":{},"f:template":{"f:spec":{
      "f:containers":{"k:{\"name\":\"pi\"}":{".":{},"f:image":{},"f:name":{},"f:resources":{}}},
      "f:securityContext":{}}}}})");
  const FieldChanges changes = CompareFields(zero, job, FieldSchemaOf("Job"));
  CHECK(changes.changed == want);
  CHECK(changes.removed.empty());
}

TEST_CASE("an update: changed and added leaves, removed fields and items, unchanged ones left out") {
  const Json before = Json::parse(R"({"metadata":{"labels":{"a":"1","b":"2"}},
    "spec":{"parallelism":1,"suspend":false,"containers":[{"name":"x","image":"i"},{"name":"y","image":"j"}]}})");
  const Json after = Json::parse(R"({"metadata":{"labels":{"a":"1","c":"3"}},
    "spec":{"parallelism":2,"suspend":false,"containers":[{"name":"x","image":"i2"}]}})");
  const FieldChanges changes = CompareFields(before, after, FieldSchemaOf("Pod"));
  CHECK(changes.changed == Json::parse(R"({"f:metadata":{"f:labels":{"f:c":{}}},
    "f:spec":{"f:parallelism":{},"f:containers":{"k:{\"name\":\"x\"}":{"f:image":{}}}}})"));
  CHECK(changes.removed == Json::parse(R"({"f:metadata":{"f:labels":{"f:b":{}}},
    "f:spec":{"f:containers":{"k:{\"name\":\"y\"}":{}}}})"));
}

TEST_CASE("atomic maps and lists, and lists without a list type, are leaves") {
  const Json before = Json::parse(R"({"spec":{"selector":{"matchLabels":{"a":"1"}}},"status":{"conditions":[]}})");
  const Json after = Json::parse(R"({"spec":{"selector":{"matchLabels":{"a":"2"}}},
    "status":{"conditions":[{"type":"Complete","status":"True"}],"args":["x"]},
    "metadata":{"ownerReferences":[{"uid":"u1","kind":"Job"}]}})");
  const FieldChanges changes =
      CompareFields(before, after, FieldSchemaOf("Job"));
  CHECK(changes.changed == Json::parse(R"({"f:spec":{"f:selector":{}},"f:status":{"f:conditions":{},"f:args":{}},
    "f:metadata":{".":{},"f:ownerReferences":{".":{},"k:{\"uid\":\"u1\"}":{}}}})"));
}

TEST_CASE("a set's values are leaves; a list map's items are keyed by every key") {
  const Json before = Json::parse(R"({"metadata":{"finalizers":["a"]},
    "spec":{"containers":[{"name":"c","ports":[{"containerPort":80,"protocol":"TCP"}]}]}})");
  const Json after = Json::parse(R"({"metadata":{"finalizers":["b"]},
    "spec":{"containers":[{"name":"c","ports":[{"containerPort":80,"protocol":"TCP"},{"containerPort":80,"protocol":"UDP"}]}]}})");
  const FieldChanges changes = CompareFields(before, after, FieldSchemaOf("Pod"));
  CHECK(changes.changed == Json::parse(R"({"f:metadata":{"f:finalizers":{"v:\"b\"":{}}},
    "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{"f:ports":{
      "k:{\"containerPort\":80,\"protocol\":\"UDP\"}":{".":{},"f:containerPort":{},"f:protocol":{}}}}}}})"));
  CHECK(changes.removed == Json::parse(R"({"f:metadata":{"f:finalizers":{"v:\"a\"":{}}}})"));
  // Added where there was none, the set is a member of its own (kube-apiserver's `.: {}`).
  const Json created = Json::parse(R"({"metadata":{"finalizers":["batch.kubernetes.io/job-tracking"]}})");
  CHECK(CompareFields(Json::parse(R"({"metadata":{}})"), created, FieldSchemaOf("Pod")).changed ==
        Json::parse(R"({"f:metadata":{"f:finalizers":{".":{},"v:\"batch.kubernetes.io/job-tracking\"":{}}}})"));
}

TEST_CASE("SubtractSet removes paths and the maps they empty; a leaf takes its subtree") {
  Json set = Json::parse(R"({"f:spec":{"f:parallelism":{},"f:template":{"f:x":{}}},"f:metadata":{"f:labels":{".":{},"f:a":{}}}})");
  SubtractSet(set, Json::parse(R"({"f:spec":{"f:template":{"f:x":{}}},"f:metadata":{"f:labels":{}}})"));
  CHECK(set == Json::parse(R"({"f:spec":{"f:parallelism":{}}})"));
  // Someone's leaf stays when only fields under it change hands.
  Json leaf = Json::parse(R"({"f:spec":{"f:selector":{}}})");
  SubtractSet(leaf, Json::parse(R"({"f:spec":{"f:selector":{"f:matchLabels":{}}}})"));
  CHECK(leaf == Json::parse(R"({"f:spec":{"f:selector":{}}})"));
}
