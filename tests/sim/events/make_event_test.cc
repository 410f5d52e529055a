#include "sim/events/make_event.h"

#include <catch2/catch.hpp>

#include <string>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kNow = 1735689600123;  // 2025-01-01T00:00:00.123Z

api::ObjectReference PodRef(const std::string& name, const std::string& field_path) {
  return {"Pod", "default", name, "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "42", field_path};
}

// Every field an Event has, set to something a new event must not carry.
void Dirty(api::Event& e) {
  api::ObjectMeta& m = e.metadata;
  m.generate_name = "pi-";
  m.uid = "0e9c7a48-58f4-4a1e-9d59-3f6f2f1f2b11";
  m.resource_version = 7;
  m.generation = 2;
  m.creation_timestamp = kNow;
  m.deletion_timestamp = kNow;
  m.deletion_grace_period_seconds = 30;
  m.labels = api::StringMap{{"a", "b"}};
  m.annotations = api::StringMap{{"c", "d"}};
  m.owner_references.push_back(api::OwnerReference{});
  m.finalizers.push_back("example.com/keep");
  m.extra = api::Json{{"managedFields", api::Json::array()}};
  e.source = {"kubelet", "node-1"};
  e.first_timestamp = e.last_timestamp = kNow;
  e.count = 3;
  e.event_time = kNow;
  e.series = api::EventSeries{2, kNow};
  e.action = "Binding";
  e.reporting_component = "kubelet";
  e.reporting_instance = "node-1";
  e.extra = api::Json{{"related", api::Json::object()}};
}

}  // namespace

TEST_CASE("an event made over a used Event equals one made afresh", "[events]") {
  EventNamer fresh_namer;
  EventNamer reused_namer;
  api::Event used;
  MakeEvent(reused_namer, PodRef("pi-x7k2p", "spec.containers{pi}"), "Warning", "BackOff",
            "Back-off restarting failed container pi in pod pi-x7k2p_default(9f8e7d6c)", kNow, used);
  Dirty(used);
  std::string skipped;
  fresh_namer.Next("pi-x7k2p", kNow, skipped);  // both namers at the same sequence number

  const api::ObjectReference ref = PodRef("pi-a1b2c", "");
  api::Event fresh;
  MakeEvent(fresh_namer, ref, "Normal", "Scheduled", "Successfully assigned default/pi-a1b2c to node-2", kNow, fresh);
  MakeEvent(reused_namer, ref, "Normal", "Scheduled", "Successfully assigned default/pi-a1b2c to node-2", kNow, used);
  CHECK(used == fresh);
  CHECK(fresh.metadata.name == "pi-a1b2c.1816687ec7abd4c1");
  CHECK(fresh.metadata.namespace_ == "default");
  CHECK(fresh.metadata.extra.empty());
  CHECK(fresh.extra.empty());
}

TEST_CASE("an event name is the object's name and the nanoseconds in hexadecimal", "[events]") {
  EventNamer namer;
  std::string name = "a-longer-name-an-earlier-event-left.1816687ec7abd4c1";
  namer.Next("pi", 0, name);
  CHECK(name == "pi.0");
  namer.Next("pi", 0, name);
  CHECK(name == "pi.1");
  namer.Next("pi-x7k2p", kNow, name);
  CHECK(name == "pi-x7k2p.1816687ec7abd4c2");
}
