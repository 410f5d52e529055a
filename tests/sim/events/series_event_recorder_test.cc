#include "sim/events/series_event_recorder.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "sim/events/event_recorder.h"
#include "sim/events/scheduler_action.h"
#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::sim;
using EventList = std::vector<std::shared_ptr<const api::Event>>;

namespace {

constexpr UnixMs kStart = 1735689600000;  // 2025-01-01T00:00:00Z
constexpr int64_t kMinute = 60'000;

struct Cluster {
  test::TestLoop loop{kStart};
  api::Store store{loop.clock(), 1, loop, api::ApiRules{}};
  std::unique_ptr<api::EventRecorder> scheduler =
      NewEventRecorder(store, {"default-scheduler", "control-plane"}, CorrelatorRules{}, EventApi::kEventsV1);

  EventList Events() {
    EventList out;
    REQUIRE(store.List(api::ListOptions{}, out).ok());
    return out;
  }
  void FailedScheduling(const std::string& message = "0/1 nodes are available: 1 Insufficient cpu.") {
    scheduler->Record(Pod(), api::kEventWarning, "FailedScheduling", message);
  }
  static api::ObjectReference Pod() {
    api::ObjectReference ref;
    ref.kind = "Pod";
    ref.namespace_ = "default";
    ref.name = "pi-x2kqz";
    ref.uid = "0e9c7a48-58f4-4a1e-9d59-3f6f2f1f2b11";
    ref.api_version = "v1";
    ref.resource_version = "12";
    return ref;
  }
};

}  // namespace

TEST_CASE("the scheduler's action follows the reason") {
  struct Row {
    std::string reason;
    std::string action;
  };
  const std::vector<Row> rows = {
      {"Scheduled", "Binding"}, {"FailedScheduling", "Scheduling"}, {"Preempted", "Preempting"}};
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.reason + " is recorded with action " + row.action) {
      CHECK(SchedulerAction(row.reason) == row.action);
    }
  }
}

TEST_CASE("an events.k8s.io/v1 Event as the core/v1 API shows it") {
  Cluster c;
  c.loop.Advance(1'234);
  c.scheduler->Record(Cluster::Pod(), api::kEventNormal, "Scheduled",
                      "Successfully assigned default/pi-x2kqz to node-1");
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  const api::Event& e = *events[0];
  CHECK(e.metadata.name.rfind("pi-x2kqz.", 0) == 0);
  CHECK(e.metadata.namespace_ == "default");
  CHECK(e.involved_object == Cluster::Pod());
  CHECK(e.reason == "Scheduled");
  CHECK(e.action == "Binding");
  CHECK(e.message == "Successfully assigned default/pi-x2kqz to node-1");
  CHECK(e.type == "Normal");
  CHECK(e.event_time == kStart + 1'234);  // MicroTime keeps the milliseconds
  CHECK(e.first_timestamp == 0);
  CHECK(e.last_timestamp == 0);
  CHECK(e.count == 0);
  CHECK(e.source.component.empty());
  CHECK(e.source.host.empty());
  CHECK(e.reporting_component == "default-scheduler");
  CHECK(e.reporting_instance == "default-scheduler-control-plane");
  CHECK_FALSE(e.series.has_value());
}

TEST_CASE("repeats form a series: the second is patched, later ones wait for a flush") {
  Cluster c;
  c.FailedScheduling("first message");
  c.loop.Advance(10'000);
  c.FailedScheduling("second message");
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  REQUIRE(events[0]->series.has_value());
  CHECK(events[0]->series->count == 2);
  CHECK(events[0]->series->last_observed_time == kStart + 10'000);
  CHECK(events[0]->message == "first message");  // the note is not part of the key, nor of the patch
  const uint64_t version = events[0]->metadata.resource_version;

  for (int i = 0; i < 3; ++i) {
    c.loop.Advance(10'000);
    c.FailedScheduling();
  }
  events = c.Events();
  CHECK(events[0]->series->count == 2);
  CHECK(events[0]->metadata.resource_version == version);
}

TEST_CASE("a note too long to keep compactly is kept whole, and its series written the same way") {
  Cluster c;
  const std::string note(300, 'n');
  c.FailedScheduling(note);
  c.loop.Advance(10'000);
  c.FailedScheduling(note);
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  CHECK(events[0]->message == note);
  REQUIRE(events[0]->series.has_value());
  CHECK(events[0]->series->count == 2);
  CHECK(events[0]->reporting_instance == "default-scheduler-control-plane");
}

TEST_CASE("series end after 6 quiet minutes with a final count; singletons leave the cache") {
  struct Row {
    std::string name;
    int occurrences;
    int64_t quiet_ms;
    size_t events_after_next;  // Events once the same event happens again
  };
  // Ticks every 6 min after the recorder was made; an entry goes at the first
  // tick that finds it older than 6 min.
  const std::vector<Row> rows = {
      {"a series observed 1 min after start ends at the 12 min tick", 5, 11 * kMinute + 1, 2},
      {"a series still open before that tick keeps counting", 5, 11 * kMinute - 1, 1},
      {"a singleton leaves at the 12 min tick: its repeat is a new Event", 1, 11 * kMinute + 1, 2},
      {"a singleton repeated before that becomes a series", 1, 11 * kMinute - 1, 1},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      c.loop.Advance(kMinute);
      for (int i = 0; i < row.occurrences; ++i) c.FailedScheduling();
      c.loop.Advance(row.quiet_ms);
      EventList events = c.Events();
      REQUIRE(events.size() == 1);
      if (row.occurrences > 1) {
        const bool finished = row.events_after_next == 2;
        CHECK(events[0]->series->count == (finished ? row.occurrences : 2));
      }
      c.FailedScheduling();
      CHECK(c.Events().size() == row.events_after_next);
    }
  }
}

TEST_CASE("an event exactly 6 minutes old at a tick is not finished yet") {
  Cluster c;
  c.FailedScheduling();  // at the recorder's start; the first tick is 6 min later
  c.loop.Advance(6 * kMinute + 1);
  c.FailedScheduling();
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  REQUIRE(events[0]->series.has_value());
  CHECK(events[0]->series->count == 2);
}

TEST_CASE("open series are flushed every 30 minutes") {
  Cluster c;
  c.FailedScheduling();
  c.FailedScheduling();
  // One occurrence every 5 min keeps the series open past the 30 min refresh.
  for (int i = 1; i <= 5; ++i) {
    c.loop.Advance(5 * kMinute);
    c.FailedScheduling();
  }
  CHECK(c.Events()[0]->series->count == 2);
  c.loop.Advance(5 * kMinute);  // to 30 min: the refresh tick
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  CHECK(events[0]->series->count == 7);
  CHECK(events[0]->series->last_observed_time == kStart + 25 * kMinute);
}

TEST_CASE("a series whose Event is gone is created again with the series") {
  Cluster c;
  c.FailedScheduling();
  const api::Event first = *c.Events()[0];
  const std::string name = first.metadata.name;
  REQUIRE(c.store.Delete<api::Event>("default", name).ok());
  c.FailedScheduling();
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  CHECK(events[0]->metadata.name == name);
  REQUIRE(events[0]->series.has_value());
  CHECK(events[0]->series->count == 2);
  // The recorder's copy (kept compactly, compact_event.h) is the first Event:
  // only the series and what the store sets on a create differ.
  api::Event again = *events[0];
  again.series.reset();
  CHECK(again.metadata.uid != first.metadata.uid);
  again.metadata.uid = first.metadata.uid;
  again.metadata.resource_version = first.metadata.resource_version;
  CHECK(again == first);
}

TEST_CASE("the recorder only keeps timers while it has work, and cancels them when destroyed") {
  Cluster c;
  CHECK(c.loop.pending() == 0);
  c.FailedScheduling();
  CHECK(c.loop.pending() == 1);  // the finish tick
  c.FailedScheduling();
  CHECK(c.loop.pending() == 2);  // and the refresh tick
  c.loop.Advance(13 * kMinute);  // the series ended at the 12 min tick
  CHECK(c.Events()[0]->series->count == 2);
  CHECK(c.loop.pending() == 1);  // only the refresh tick, which will find nothing
  c.scheduler.reset();
  CHECK(c.loop.pending() == 0);
}
