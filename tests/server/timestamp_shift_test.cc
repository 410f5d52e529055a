// Timestamps served at wall-clock ages: which fields move, and that the
// store, Tables and round trips keep virtual time.
#include "server/timestamp_shift.h"

#include <sstream>

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;

namespace {

using api::Json;

constexpr UnixMs kStart = 1735689600000;  // the served world's start, 2025-01-01T00:00:00Z
constexpr int64_t kTenMinutesMs = 600'000;

class FixedClock final : public Clock {
 public:
  explicit FixedClock(UnixMs now) : now_(now) {}
  UnixMs NowUnixMs() const override { return now_; }
  ElapsedMs ElapsedNowMs() const override { return 0; }

 private:
  UnixMs now_;
};

}  // namespace

TEST_CASE("ShiftTimestamps moves Time and MicroTime fields, keeping their precision") {
  Json object = Json::parse(R"({
    "metadata": {"creationTimestamp": "2025-01-01T00:10:00Z", "deletionTimestamp": null,
                 "labels": {"startTime": "2025-01-01T00:10:00Z"},
                 "annotations": {"creationTimestamp": "2025-01-01T00:10:00Z"},
                 "managedFields": [{"manager": "kubectl", "time": "2025-01-01T00:10:00Z",
                                    "fieldsV1": {"f:status": {"f:startTime": {}}}}]},
    "status": {"startTime": "2025-01-01T00:10:00Z", "message": "2025-01-01T00:10:00Z",
               "containerStatuses": [{"state": {"terminated": {"startedAt": "2025-01-01T00:10:00Z",
                                                               "finishedAt": "2025-01-01T00:10:05Z"}}}]},
    "eventTime": "2025-01-01T00:10:00.123000Z",
    "series": {"lastObservedTime": "2025-01-01T00:10:00.500000Z"},
    "deprecatedFirstTimestamp": "2025-01-01T00:10:00Z",
    "lastTimestamp": "not a time"})");
  ShiftTimestamps(object, -kTenMinutesMs);
  CHECK(object["metadata"]["creationTimestamp"] == "2025-01-01T00:00:00Z");
  CHECK(object["metadata"]["deletionTimestamp"].is_null());
  CHECK(object["metadata"]["managedFields"][0]["time"] == "2025-01-01T00:00:00Z");
  CHECK(object["status"]["startTime"] == "2025-01-01T00:00:00Z");
  CHECK(object["status"]["containerStatuses"][0]["state"]["terminated"]["startedAt"] == "2025-01-01T00:00:00Z");
  CHECK(object["status"]["containerStatuses"][0]["state"]["terminated"]["finishedAt"] == "2025-01-01T00:00:05Z");
  CHECK(object["eventTime"] == "2025-01-01T00:00:00.123000Z");
  CHECK(object["series"]["lastObservedTime"] == "2025-01-01T00:00:00.500000Z");
  CHECK(object["deprecatedFirstTimestamp"] == "2025-01-01T00:00:00Z");
  SECTION("free-form keys and values, and fields that are not times, stay") {
    CHECK(object["metadata"]["labels"]["startTime"] == "2025-01-01T00:10:00Z");
    CHECK(object["metadata"]["annotations"]["creationTimestamp"] == "2025-01-01T00:10:00Z");
    CHECK(object["status"]["message"] == "2025-01-01T00:10:00Z");
    CHECK(object["lastTimestamp"] == "not a time");
    CHECK(object["metadata"]["managedFields"][0]["fieldsV1"]["f:status"].contains("f:startTime"));
  }
}

TEST_CASE("the offset is wall now - virtual now, rounded down to whole seconds") {
  const FixedClock virtual_clock(kStart);
  CHECK(TimestampShift(virtual_clock, nullptr).OffsetMs() == 0);
  // Virtual time ahead of the wall clock (--speed 60): a negative offset.
  CHECK(TimestampShift(virtual_clock, [] { return kStart - kTenMinutesMs + 250; }).OffsetMs() == -kTenMinutesMs);
  // Behind it (--manual-clock, not advanced yet).
  CHECK(TimestampShift(virtual_clock, [] { return kStart + 5'750; }).OffsetMs() == 5'000);
}

TEST_CASE("a served cluster ahead of the wall clock serves ages kubectl computes right") {
  // The wall clock is ten minutes behind the virtual one, as after
  // `jobsim clock advance 10m` on a manual clock started at the same instant.
  ServedCluster c("1.33", "", [] { return kStart - kTenMinutesMs; });
  REQUIRE(c.Call("POST", kJobs, kPiJob).status == 201);
  const std::string served_created = "2024-12-31T23:50:00Z";

  SECTION("objects, list items and the rows of Tables carry wall-clock times; the store keeps virtual ones") {
    CHECK(c.Json(c.Call("GET", std::string(kJobs) + "/pi"))["metadata"]["creationTimestamp"] == served_created);
    CHECK(c.Json(c.Call("GET", kJobs))["items"][0]["metadata"]["creationTimestamp"] == served_created);
    const Json table = c.Json(c.Call("GET", kJobs, "", {{"accept", kTableAccept}}));
    CHECK(table["rows"][0]["object"]["metadata"]["creationTimestamp"] == served_created);
    CHECK(c.world.store().Get<api::Job>("default", "pi")->metadata.creation_timestamp == kStart);
  }
  SECTION("the Age cells the server computes stay virtual ages") {
    c.world.RunUntil(90'000);
    const Json table = c.Json(c.Call("GET", std::string(kJobs) + "/pi", "", {{"accept", kTableAccept}}));
    size_t age = 0;
    while (age < table["columnDefinitions"].size() && table["columnDefinitions"][age]["name"] != "AGE") ++age;
    CHECK(table["rows"][0]["cells"][age] == "90s");
  }
  SECTION("watch events are shifted too") {
    const Response watch = c.Call("GET", std::string(kJobs) + "?watch=true");
    std::string data;
    REQUIRE(watch.stream->Read(data) == ChunkPipe::ReadState::kData);
    std::istringstream lines(data);
    std::string first;
    std::getline(lines, first);
    CHECK(Json::parse(first)["object"]["metadata"]["creationTimestamp"] == served_created);
  }
  SECTION("a body sent back as read keeps the stored times") {
    Json job = c.Json(c.Call("GET", std::string(kJobs) + "/pi"));
    job["metadata"]["labels"]["x"] = "y";
    REQUIRE(c.Call("PUT", std::string(kJobs) + "/pi", job.dump()).status == 200);
    const auto stored = c.world.store().Get<api::Job>("default", "pi");
    CHECK(stored->metadata.labels.at("x") == "y");
    CHECK(stored->metadata.creation_timestamp == kStart);
    CHECK(stored->status.start_time == std::optional<UnixMs>(kStart));
  }
  SECTION("a JSON patch tests against the served times") {
    const std::string patch = R"([{"op":"test","path":"/metadata/creationTimestamp","value":")" + served_created +
                              R"("},{"op":"add","path":"/metadata/labels","value":{"x":"y"}}])";
    CHECK(c.Call("PATCH", std::string(kJobs) + "/pi", patch, {{"content-type", "application/json-patch+json"}})
              .status == 200);
    CHECK(c.world.store().Get<api::Job>("default", "pi")->metadata.creation_timestamp == kStart);
  }
  SECTION("server-side apply's managedFields time is served time, stored virtual") {
    const std::string applied = R"({"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"pi","labels":{"x":"y"}}})";
    const Response r = c.Call("PATCH", std::string(kJobs) + "/pi?fieldManager=kubectl", applied,
                              {{"content-type", "application/apply-patch+yaml"}});
    REQUIRE(r.status == 200);
    CHECK(c.Json(r)["metadata"]["managedFields"][0]["time"] == served_created);
    CHECK(c.Json(r)["metadata"]["creationTimestamp"] == served_created);
  }
}
