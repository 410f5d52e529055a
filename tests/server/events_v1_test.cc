// events.k8s.io/v1: the stored core/v1 events, converted on the way out.
#include "server/events_v1.h"

#include <catch2/catch.hpp>

#include "tests/server/served_cluster.h"

using namespace jobsim;
using namespace jobsim::server;
using namespace jobsim::server::test;
using api::Json;

TEST_CASE("a core event becomes an events.k8s.io/v1 event with the upstream field names") {
  const Json core = Json::parse(R"({"apiVersion":"v1","kind":"Event","metadata":{"name":"pi.1"},
    "involvedObject":{"kind":"Job","name":"pi"},"reason":"SuccessfulCreate","message":"Created pod: pi-x",
    "source":{"component":"job-controller"},"firstTimestamp":"2025-01-01T00:00:00Z",
    "lastTimestamp":"2025-01-01T00:00:01Z","count":2,"type":"Normal","eventTime":null,
    "reportingComponent":"job-controller","reportingInstance":"","action":"Create",
    "series":{"count":2,"lastObservedTime":"2025-01-01T00:00:01.000000Z"}})");
  const Json v1 = EventsV1FromCore(core);
  CHECK(v1["apiVersion"] == "events.k8s.io/v1");
  CHECK(v1["kind"] == "Event");
  CHECK(v1["regarding"]["name"] == "pi");
  CHECK(v1["note"] == "Created pod: pi-x");
  CHECK(v1["deprecatedSource"]["component"] == "job-controller");
  CHECK(v1["deprecatedFirstTimestamp"] == "2025-01-01T00:00:00Z");
  CHECK(v1["deprecatedLastTimestamp"] == "2025-01-01T00:00:01Z");
  CHECK(v1["deprecatedCount"] == 2);
  CHECK(v1["reportingController"] == "job-controller");
  CHECK(v1["series"]["count"] == 2);
  CHECK(v1["eventTime"].is_null());
  for (const char* core_only : {"involvedObject", "message", "source", "firstTimestamp", "count", "reportingComponent"}) {
    CHECK_FALSE(v1.contains(core_only));
  }
}

TEST_CASE("events.k8s.io field selectors are translated to the core names") {
  CHECK(CoreEventFieldSelector("regarding.kind=Job,regarding.name!=pi,type=Normal") ==
        "involvedObject.kind=Job,involvedObject.name!=pi,type=Normal");
  CHECK(CoreEventFieldSelector("reportingController==job-controller") == "reportingComponent==job-controller");
  CHECK(CoreEventFieldSelector("") == "");
}

TEST_CASE("events.k8s.io/v1 lists the job controller's events, read-only") {
  ServedCluster c;
  REQUIRE(c.Call("POST", "/apis/batch/v1/namespaces/default/jobs", kPiJob).status == 201);
  c.world.RunUntil(c.world.now_ms() + 1000);
  const std::string events = "/apis/events.k8s.io/v1/namespaces/default/events";
  const Json list = c.Json(c.Call("GET", events + "?fieldSelector=regarding.name%3Dpi"));
  CHECK(list["kind"] == "EventList");
  CHECK(list["apiVersion"] == "events.k8s.io/v1");
  REQUIRE_FALSE(list["items"].empty());
  CHECK(list["items"][0]["reason"] == "SuccessfulCreate");
  CHECK(list["items"][0]["regarding"]["kind"] == "Job");
  const std::string name = list["items"][0]["metadata"]["name"];
  CHECK(c.Json(c.Call("GET", events + "/" + name))["note"].get<std::string>().rfind("Created pod: pi-", 0) == 0);
  CHECK(c.Call("POST", events, R"({"metadata":{"name":"x"}})").status == 405);
}
