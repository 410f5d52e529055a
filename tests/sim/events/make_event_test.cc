#include "sim/events/make_event.h"

#include <catch2/catch.hpp>

#include <string>

#include "sim/events/event_name.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kNow = 1735689600123;  // 2025-01-01T00:00:00.123Z

api::ObjectReference PodRef(const std::string& name, const std::string& field_path) {
  return {"Pod", "default", name, "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "42", field_path};
}

}  // namespace

TEST_CASE("a made event is client-go makeEvent's, as a view of what it was made from", "[events]") {
  EventNamer namer;
  std::string name;
  api::ObjectReference ref = PodRef("pi-a1b2c", "spec.containers{pi}");
  const uint64_t nanos = namer.Next(ref.name, kNow, name);
  const std::string message = "Successfully assigned default/pi-a1b2c to node-2";
  const api::EventView view = MakeEvent(name, nanos, ref, "Normal", "Scheduled", message);
  CHECK(view.metadata.name == "pi-a1b2c.1816687ec7abd4c0");
  CHECK(view.metadata.name_nanos == nanos);
  CHECK(view.metadata.name.data() == name.data());  // a view, not a copy
  CHECK(view.message.data() == message.data());

  api::Event made;  // what upstream's makeEvent sets; every other field is unset
  made.metadata.name = name;
  made.metadata.namespace_ = "default";
  made.involved_object = ref;
  made.type = "Normal";
  made.reason = "Scheduled";
  made.message = message;
  CHECK(api::EventOf(view) == made);

  SECTION("filled over another event's view, the view is the made event's") {
    const std::string other_name = "pi.1", other_message = "Created pod: pi-a1b2c";
    api::EventView reused = MakeEvent(other_name, 1, api::ObjectReference{"Job", "batch", "pi", "u", "batch/v1", "7", ""},
                                      "Warning", "SuccessfulCreate", other_message);
    FillEvent(reused, name, nanos, ref, "Normal", "Scheduled", message);
    CHECK(api::EventOf(reused) == made);
    CHECK(reused.metadata.name_nanos == nanos);
  }
  SECTION("an object without a namespace has its Events in default") {
    ref.namespace_.clear();
    CHECK(MakeEvent(name, nanos, ref, "Normal", "Scheduled", message).metadata.namespace_ == "default");
  }
  SECTION("an object's Events are in its namespace") {
    ref.namespace_ = "batch";
    CHECK(MakeEvent(name, nanos, ref, "Normal", "Scheduled", message).metadata.namespace_ == "batch");
  }
}

TEST_CASE("an event name is the object's name and the nanoseconds in hexadecimal", "[events]") {
  EventNamer namer;
  std::string name = "a-longer-name-an-earlier-event-left.1816687ec7abd4c1";
  CHECK(namer.Next("pi", 0, name) == 0);
  CHECK(name == "pi.0");
  namer.Next("pi", 0, name);
  CHECK(name == "pi.1");
  CHECK(namer.Next("pi-x7k2p", kNow, name) == 0x1816687ec7abd4c2);
  CHECK(name == "pi-x7k2p.1816687ec7abd4c2");
}
