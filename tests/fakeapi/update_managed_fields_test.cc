// Update entries of non-apply writes, as kube-apiserver records them.
#include "fakeapi/update_managed_fields.h"

#include <catch2/catch.hpp>

using namespace jobsim;
using namespace jobsim::api;

TEST_CASE("RecordUpdate: the writer takes what it changed, removed fields leave everyone, empty entries go") {
  Json entries = Json::parse(R"([
    {"manager":"kubectl","operation":"Apply","apiVersion":"batch/v1","time":"2025-01-01T00:00:00Z",
     "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:parallelism":{},"f:suspend":{}}}},
    {"manager":"ops","operation":"Update","apiVersion":"batch/v1","time":"2025-01-01T00:01:00Z",
     "fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:completions":{}}}}])");
  FieldChanges changes;
  changes.changed = Json::parse(R"({"f:spec":{"f:parallelism":{}}})");
  changes.removed = Json::parse(R"({"f:spec":{"f:completions":{}}})");
  RecordUpdate(entries, changes, {"kubectl-patch", "batch/v1", "", "2025-01-01T00:02:00Z"});
  REQUIRE(entries.size() == 2);
  CHECK(entries[0]["manager"] == "kubectl");
  CHECK(entries[0]["fieldsV1"] == Json::parse(R"({"f:spec":{"f:suspend":{}}})"));
  CHECK(entries[1] == Json::parse(R"({"manager":"kubectl-patch","operation":"Update","apiVersion":"batch/v1",
    "time":"2025-01-01T00:02:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:parallelism":{}}}})"));

  SECTION("a write that changes nothing records nothing") {
    const Json kept = entries;
    RecordUpdate(entries, FieldChanges{}, {"kubectl-label", "batch/v1", "", "2025-01-01T00:03:00Z"});
    CHECK(entries == kept);
  }
  SECTION("the same manager through /status is another entry") {
    changes.changed = Json::parse(R"({"f:status":{"f:active":{}}})");
    changes.removed = Json::object();
    RecordUpdate(entries, changes, {"kubectl-patch", "batch/v1", "status", "2025-01-01T00:03:00Z"});
    REQUIRE(entries.size() == 3);
    CHECK(entries[2]["subresource"] == "status");
  }
}
