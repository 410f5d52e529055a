// events.k8s.io/v1: the stored core/v1 events, converted on the way out and
// back in, with that API's validation of writes.
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

TEST_CASE("an events.k8s.io/v1 body becomes the core event the store keeps") {
  const Json v1 = Json::parse(R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"e"},
    "regarding":{"kind":"Job","name":"pi"},"note":"hello","deprecatedSource":{"component":"me"},
    "deprecatedCount":3,"reportingController":"example.com/ctl","message":"not a v1 field"})");
  const Json core = CoreFromEventsV1(v1);
  CHECK(core["apiVersion"] == "v1");
  CHECK(core["involvedObject"]["name"] == "pi");
  CHECK(core["message"] == "hello");
  CHECK(core["source"]["component"] == "me");
  CHECK(core["count"] == 3);
  CHECK(core["reportingComponent"] == "example.com/ctl");
  CHECK(EventsV1FromCore(core)["note"] == "hello");
}

TEST_CASE("events.k8s.io/v1 lists the job controller's events") {
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
}

namespace {

const char* kEventsV1 = "/apis/events.k8s.io/v1/namespaces/default/events";
const char* kCoreEvents = "/api/v1/namespaces/default/events";

// A valid events.k8s.io/v1 Event, as `kubectl create -f` sends it.
Json NewEvent() {
  return Json::parse(R"({"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"deploy.1"},
    "eventTime":"2025-01-01T00:00:00.000000Z","reportingController":"example.com/deployer",
    "reportingInstance":"deployer-1","action":"Deploy","reason":"Deployed","type":"Normal",
    "regarding":{"kind":"Job","namespace":"default","name":"pi"},"note":"rolled out"})");
}

}  // namespace

TEST_CASE("an events.k8s.io/v1 create lands in the core store, readable through both groups") {
  ServedCluster c;
  const Response created = c.Call("POST", kEventsV1, NewEvent().dump());
  REQUIRE(created.status == 201);
  CHECK(c.Json(created)["note"] == "rolled out");
  CHECK(c.Json(created)["apiVersion"] == "events.k8s.io/v1");
  const Json core = c.Json(c.Call("GET", std::string(kCoreEvents) + "/deploy.1"));
  CHECK(core["message"] == "rolled out");
  CHECK(core["involvedObject"]["name"] == "pi");
  CHECK(core["reportingComponent"] == "example.com/deployer");
  CHECK(core["reportingInstance"] == "deployer-1");
  CHECK(core["eventTime"] == "2025-01-01T00:00:00.000000Z");

  SECTION("patch and delete through events.k8s.io/v1") {
    const Response patched = c.Call("PATCH", std::string(kEventsV1) + "/deploy.1",
                                    R"({"series":{"count":2,"lastObservedTime":"2025-01-01T00:00:05.000000Z"}})",
                                    {{"content-type", "application/merge-patch+json"}});
    REQUIRE(patched.status == 200);
    CHECK(c.Json(patched)["series"]["count"] == 2);
    CHECK(c.world.store().Get<api::Event>("default", "deploy.1")->series->count == 2);
    CHECK(c.Call("DELETE", std::string(kEventsV1) + "/deploy.1").status == 200);
    CHECK(c.Call("GET", std::string(kCoreEvents) + "/deploy.1").status == 404);
  }
  SECTION("the identifying fields are immutable") {
    const Response r = c.Call("PATCH", std::string(kEventsV1) + "/deploy.1", R"({"note":"changed","reason":"Other"})",
                              {{"content-type", "application/merge-patch+json"}});
    CHECK(r.status == 422);
    CHECK(c.Json(r)["message"] ==
          R"(Event "deploy.1" is invalid: [reason: Invalid value: "Other": field is immutable, )"
          R"(message: Invalid value: "changed": field is immutable])");
  }
  SECTION("a series needs at least two occurrences") {
    const Response r = c.Call("PATCH", std::string(kEventsV1) + "/deploy.1", R"({"series":{"count":1}})",
                              {{"content-type", "application/merge-patch+json"}});
    CHECK(c.Json(r)["message"] ==
          R"(Event "deploy.1" is invalid: [series.count: Invalid value: "": should be at least 2, )"
          R"(series.lastObservedTime: Required value])");
  }
}

TEST_CASE("events.k8s.io/v1 creates are validated as upstream's strict rules") {
  ServedCluster c;
  SECTION("the reporting fields, action and reason are required once eventTime is set") {
    Json event = NewEvent();
    for (const char* field : {"reportingController", "reportingInstance", "action", "reason"}) event.erase(field);
    const Response r = c.Call("POST", kEventsV1, event.dump());
    CHECK(r.status == 422);
    CHECK(c.Json(r)["message"] ==
          R"(Event "deploy.1" is invalid: [reportingController: Required value, reportingInstance: Required value, )"
          R"(action: Required value, reason: Required value])");
  }
  SECTION("eventTime is required, type Normal or Warning, and the deprecated fields unset") {
    Json event = NewEvent();
    event.erase("eventTime");
    event["type"] = "Info";
    event["deprecatedCount"] = 2;
    event["regarding"]["namespace"] = "other";
    const Response r = c.Call("POST", kEventsV1, event.dump());
    CHECK(c.Json(r)["message"] ==
          R"(Event "deploy.1" is invalid: [involvedObject.namespace: Invalid value: "other": does not match )"
          R"(event.namespace, eventTime: Required value, type: Invalid value: "": has invalid value: Info, )"
          R"(count: Invalid value: "": needs to be unset])");
  }
  CHECK(c.Call("GET", std::string(kCoreEvents) + "/deploy.1").status == 404);
}
