// The managedFields of the writes jobsim's actors make without the server.
#include "fakeapi/actor_managed_fields.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

TEST_CASE("an object never written through the server gets its creator's entry; entries shrink to what exists") {
  Json pod = Json::parse(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p","namespace":"default",
    "creationTimestamp":"2025-01-01T00:00:00Z","finalizers":["f"]},
    "spec":{"containers":[{"name":"c","image":"busybox"}]},"status":{"phase":"Pending"}})");
  Json bare = pod;
  AttributeActorFields(bare);
  REQUIRE(bare["metadata"]["managedFields"].size() == 1);
  CHECK(bare["metadata"]["managedFields"][0]["manager"] == "kubectl-create");
  CHECK(bare["metadata"]["managedFields"][0]["time"] == "2025-01-01T00:00:00Z");
  // metadata.finalizers is a set (x-kubernetes-list-type set): its values are owned one by one.
  CHECK(bare["metadata"]["managedFields"][0]["fieldsV1"]["f:metadata"]["f:finalizers"] ==
        Json::parse(R"({".":{},"v:\"f\"":{}})"));

  // Recorded entries: no creator is made up; a field removed since leaves its entry.
  pod["metadata"]["managedFields"] = Json::parse(R"([{"manager":"kubectl-run","operation":"Update","apiVersion":"v1",
    "time":"2025-01-01T00:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{"f:gone":{}}},
    "f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}}}])");
  AttributeActorFields(pod);
  REQUIRE(pod["metadata"]["managedFields"].size() == 1);
  CHECK(pod["metadata"]["managedFields"][0]["fieldsV1"] ==
        Json::parse(R"({"f:spec":{"f:containers":{"k:{\"name\":\"c\"}":{".":{},"f:image":{}}}}})"));
}
