#include "sim/events/compact_event.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jobsim;
using namespace jobsim::sim;

namespace {

// An Event as the events.k8s.io recorder makes it and the store creates it.
api::Event Scheduled() {
  api::Event e;
  e.metadata.name = "pi-x2kqz.181a2b3c4d5e6f70";
  e.metadata.namespace_ = "default";
  e.metadata.uid = "0e9c7a48-58f4-4a1e-9d59-3f6f2f1f2b11";
  e.metadata.resource_version = 42;
  e.metadata.creation_timestamp = 1735689600000;
  e.involved_object = {"Pod", "default", "pi-x2kqz", "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "12", ""};
  e.reason = "Scheduled";
  e.message = "Successfully assigned default/pi-x2kqz to node-1";
  e.type = "Normal";
  e.event_time = 1735689600123;
  e.action = "Binding";
  e.reporting_component = "default-scheduler";
  e.reporting_instance = "default-scheduler-control-plane";
  return e;
}

constexpr const char* kComponent = "default-scheduler";
constexpr const char* kInstance = "default-scheduler-control-plane";

bool Fits(const api::Event& e) { return CompactEvent::Fits(e, kComponent, kInstance); }

// What Rebuild gives back: the Event without what the store assigned.
api::Event Unassigned(api::Event e) {
  e.metadata.uid.clear();
  e.metadata.resource_version = 0;
  e.metadata.creation_timestamp = 0;
  return e;
}

}  // namespace

TEST_CASE("a compact event rebuilds the Event it was made from, but for what the store assigned") {
  const api::Event e = Scheduled();
  REQUIRE(Fits(e));
  const CompactEvent compact(e);
  CHECK(compact.Rebuild(kComponent, kInstance) == Unassigned(e));
  CHECK(compact.event_time() == e.event_time);

  SECTION("the longest strings it keeps") {
    api::Event long_message = e;
    long_message.message.assign(255, 'x');
    long_message.involved_object.field_path.assign(255, 'y');
    REQUIRE(Fits(long_message));
    CHECK(CompactEvent(long_message).Rebuild(kComponent, kInstance) == Unassigned(long_message));
  }
  SECTION("empty strings too, and the namespace of an object without one") {
    api::Event bare;
    bare.metadata.name = "x.1";
    bare.metadata.namespace_ = "default";
    bare.reporting_component = kComponent;
    bare.reporting_instance = kInstance;
    REQUIRE(Fits(bare));
    CHECK(CompactEvent(bare).Rebuild(kComponent, kInstance) == bare);
  }
}

TEST_CASE("an Event with fields the compact form does not keep does not fit") {
  struct Row {
    std::string name;
    void (*change)(api::Event&);
  };
  const std::vector<Row> rows = {
      {"a label", [](api::Event& e) { e.metadata.labels.Mut()["a"] = "b"; }},
      {"a series", [](api::Event& e) { e.series = api::EventSeries{2, 1}; }},
      {"a count", [](api::Event& e) { e.count = 1; }},
      {"a source", [](api::Event& e) { e.source.component = "kubelet"; }},
      {"a first timestamp", [](api::Event& e) { e.first_timestamp = 1; }},
      {"a generation", [](api::Event& e) { e.metadata.generation = 1; }},
      {"a long message", [](api::Event& e) { e.message.assign(256, 'x'); }},
      {"a namespace other than the object's", [](api::Event& e) { e.metadata.namespace_ = "kube-system"; }},
      {"another reporting instance", [](api::Event& e) { e.reporting_instance = "default-scheduler-other"; }},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      api::Event e = Scheduled();
      row.change(e);
      CHECK_FALSE(Fits(e));
    }
  }
}

TEST_CASE("a recorder's new Event, as a view, keeps compactly as the Event does") {
  const api::Event e = Scheduled();
  const api::EventView view = api::ViewOf(e);
  REQUIRE(CompactEvent::Fits(view, kComponent, kInstance));
  CHECK(CompactEvent(view).Rebuild(kComponent, kInstance) == CompactEvent(e).Rebuild(kComponent, kInstance));
  CHECK(CompactEvent(view).event_time() == e.event_time);

  api::Event long_note = e;
  long_note.message.assign(256, 'x');
  CHECK_FALSE(CompactEvent::Fits(api::ViewOf(long_note), kComponent, kInstance));
}
