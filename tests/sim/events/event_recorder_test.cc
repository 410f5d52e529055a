#include "sim/events/event_recorder.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fakeapi/codec.h"
#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::sim;
using EventList = std::vector<std::shared_ptr<const api::Event>>;

namespace {

constexpr UnixMs kStart = 1463136322000;  // 2016-05-13T10:45:22Z, the seed's job start

// What the 1.3 profile sets (sim/profile.cc).
CorrelatorRules Rules13() {
  CorrelatorRules r;
  r.legacy_aggregate_message = true;
  r.key_has_field_path = false;
  r.spam_filter = false;
  r.spam_key_has_type = false;
  r.reporting_fields = false;
  return r;
}

struct Cluster {
  test::TestLoop loop{kStart};
  api::Store store{loop.clock(), 1, loop, api::ApiRules{}};

  // In name order, which is creation order here: one namer, names grow with time and sequence.
  EventList Events() {
    EventList out;
    REQUIRE(store.List(api::ListOptions{}, out).ok());
    return out;
  }
};

api::ObjectReference JobRef() {
  api::ObjectReference ref;
  ref.kind = "Job";
  ref.namespace_ = "default";
  ref.name = "pi";
  ref.uid = "cb44e05e-18f7-11e6-b739-0800278856e6";
  ref.api_version = "batch/v1";
  ref.resource_version = "7";
  return ref;
}

api::ObjectReference PodRef(const std::string& field_path = "") {
  api::ObjectReference ref;
  ref.kind = "Pod";
  ref.namespace_ = "default";
  ref.name = "pi-2n6pa";
  ref.uid = "3643a8cc-18fa-11e6-b739-0800278856e6";
  ref.api_version = "v1";
  ref.field_path = field_path;
  return ref;
}

std::string CreatedPod(int i) { return fmt::format("Created pod: pi-{:05d}", i); }

}  // namespace

TEST_CASE("identical events become one Event whose count and lastTimestamp advance") {
  struct Row {
    std::string name;
    CorrelatorRules rules;
    int occurrences;
    int64_t step_ms;
  };
  const std::vector<Row> rows = {
      {"five BackOff events 10 s apart (current rules)", CorrelatorRules{}, 5, 10'000},
      {"twenty-five events at once, the whole spam budget", CorrelatorRules{}, 25, 0},
      {"forty events 1.5 s apart under 1.3 rules (no spam filter)", Rules13(), 40, 1'500},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"kubelet", "127.0.0.1"}, row.rules);
      for (int i = 0; i < row.occurrences; ++i) {
        if (i > 0) c.loop.Advance(row.step_ms);
        recorder->Record(PodRef("spec.containers{pi}"), api::kEventWarning, "BackOff",
                         "Back-off restarting failed docker container");
      }
      EventList events = c.Events();
      REQUIRE(events.size() == 1);
      const api::Event& e = *events[0];
      CHECK(e.count == row.occurrences);
      CHECK(e.first_timestamp == kStart);
      const UnixMs last = kStart + (row.occurrences - 1) * row.step_ms;
      CHECK(e.last_timestamp == last - last % 1000);
      CHECK(e.message == "Back-off restarting failed docker container");
      CHECK(e.metadata.name == fmt::format("pi-2n6pa.{:x}", kStart * 1'000'000));
      CHECK(e.metadata.namespace_ == "default");
      CHECK(e.involved_object.field_path == "spec.containers{pi}");
      CHECK(e.source.component == "kubelet");
      CHECK(e.source.host == "127.0.0.1");
      CHECK(e.event_time == 0);
    }
  }
}

TEST_CASE("ten distinct messages with one reason within 600 s make an aggregate whose count grows") {
  struct Row {
    std::string name;
    CorrelatorRules rules;
    std::string tenth_message;
    std::string eleventh_message;
  };
  const std::vector<Row> rows = {
      {"current rules prefix the newest message", CorrelatorRules{},
       "(combined from similar events): " + CreatedPod(10), "(combined from similar events): " + CreatedPod(11)},
      {"1.3 rules use the fixed text", Rules13(), "(events with common reason combined)",
       "(events with common reason combined)"},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, row.rules);
      for (int i = 1; i <= 10; ++i) {
        recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
        c.loop.Advance(1'000);
      }
      EventList events = c.Events();
      REQUIRE(events.size() == 10);
      for (int i = 0; i < 9; ++i) CHECK(events[i]->message == CreatedPod(i + 1));
      CHECK(events[9]->message == row.tenth_message);
      CHECK(events[9]->count == 1);
      CHECK(events[9]->reason == "SuccessfulCreate");

      recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(11));
      events = c.Events();
      REQUIRE(events.size() == 10);
      CHECK(events[9]->message == row.eleventh_message);
      CHECK(events[9]->count == 2);
      CHECK(events[9]->first_timestamp == kStart + 9'000);
      CHECK(events[9]->last_timestamp == kStart + 10'000);
    }
  }
}

TEST_CASE("after 600 s without a similar event aggregation starts over") {
  struct Row {
    std::string name;
    int64_t quiet_ms;
    bool aggregated;
  };
  const std::vector<Row> rows = {
      {"600 s exactly still counts as within the interval", 600'000, true},
      {"600.001 s resets the group: the next message is an Event of its own", 600'001, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, CorrelatorRules{});
      for (int i = 1; i <= 10; ++i) recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
      REQUIRE(c.Events().size() == 10);
      c.loop.Advance(row.quiet_ms);
      recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(11));
      EventList events = c.Events();
      if (row.aggregated) {
        REQUIRE(events.size() == 10);
        CHECK(events[9]->count == 2);
        CHECK(events[9]->message == "(combined from similar events): " + CreatedPod(11));
      } else {
        REQUIRE(events.size() == 11);
        CHECK(events[10]->message == CreatedPod(11));
        CHECK(events[10]->count == 1);
      }
    }
  }
}

TEST_CASE("a reset group aggregates again into the same aggregate Event") {
  Cluster c;
  auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, CorrelatorRules{});
  for (int i = 1; i <= 10; ++i) recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
  c.loop.Advance(700'000);
  for (int i = 11; i <= 20; ++i) recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
  EventList events = c.Events();
  REQUIRE(events.size() == 19);  // 9 + aggregate, then 9 more; the 20th patches the aggregate
  CHECK(events[9]->count == 2);
  CHECK(events[9]->message == "(combined from similar events): " + CreatedPod(20));
  CHECK(events[9]->last_timestamp == kStart + 700'000);
}

TEST_CASE("after aggregating, the oldest message leaves the group") {
  Cluster c;
  auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, CorrelatorRules{});
  for (int i = 1; i <= 10; ++i) recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
  // Message 1 left the group at the aggregation: it aggregates again (and pushes out message 2).
  recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(1));
  // Message 3 is still in the group: it passes through and repeats its own Event.
  recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(3));
  EventList events = c.Events();
  REQUIRE(events.size() == 10);
  CHECK(events[9]->count == 2);
  CHECK(events[9]->message == "(combined from similar events): " + CreatedPod(1));
  CHECK(events[2]->message == CreatedPod(3));
  CHECK(events[2]->count == 2);
  CHECK(events[0]->count == 1);
}

TEST_CASE("the spam filter drops events beyond the burst of a source and object, but counting goes on") {
  struct Row {
    std::string name;
    CorrelatorRules rules;
    std::string extra_type;  // type of the 26th event
    int count_after_26;      // count of the BackOff Event after 26 events
    size_t events_after_26;
  };
  CorrelatorRules before_1_32;
  before_1_32.spam_key_has_type = false;
  const std::vector<Row> rows = {
      {"the 26th identical event is dropped", CorrelatorRules{}, api::kEventWarning, 25, 1},
      {"1.3 rules have no spam filter", Rules13(), api::kEventWarning, 26, 1},
      {"a Normal event has its own budget since 1.32", CorrelatorRules{}, api::kEventNormal, 25, 2},
      {"before 1.32 a Normal event shares the budget and is dropped", before_1_32, api::kEventNormal, 25, 1},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"kubelet", "node-1"}, row.rules);
      for (int i = 0; i < 25; ++i) recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
      if (row.extra_type == api::kEventWarning) {
        recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
      } else {
        recorder->Record(PodRef(), api::kEventNormal, "Pulled", "Container image \"perl\" already present");
      }
      EventList events = c.Events();
      REQUIRE(events.size() == row.events_after_26);
      auto backoff = std::find_if(events.begin(), events.end(), [](const auto& e) { return e->reason == "BackOff"; });
      REQUIRE(backoff != events.end());
      CHECK((*backoff)->count == row.count_after_26);
    }
  }
}

TEST_CASE("a dropped occurrence still counts: the next accepted one shows the full count") {
  struct Row {
    std::string name;
    bool refill_in_ticks;
    int64_t wait_ms;
    int expected_count;
  };
  // One event makes the bucket at t=0; 500 s later it is full again (the continuous
  // bucket lost 200 s of refill while full), 25 events empty it and a 26th is dropped.
  const std::vector<Row> rows = {
      {"continuous refill (1.10+): the next token comes 300 s after the bucket emptied", false, 300'000, 28},
      {"continuous refill: not yet 299.999 s after", false, 299'999, 26},
      {"tick refill (1.8, 1.9): the next token comes at the 600 s tick", true, 100'000, 28},
      {"tick refill: not yet just before that tick", true, 99'999, 26},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CorrelatorRules rules;
      rules.spam_refill_in_ticks = row.refill_in_ticks;
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"kubelet", "node-1"}, rules);
      recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
      c.loop.Advance(500'000);
      for (int i = 0; i < 26; ++i) recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
      REQUIRE(c.Events()[0]->count == 26);
      c.loop.Advance(row.wait_ms);
      recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
      EventList events = c.Events();
      REQUIRE(events.size() == 1);
      CHECK(events[0]->count == row.expected_count);
    }
  }
}

TEST_CASE("the seed's 42 SuccessfulCreate events: nine Events and one aggregate") {
  struct Row {
    std::string name;
    CorrelatorRules rules;
    std::string aggregate_message;
    int aggregate_count;
  };
  const std::vector<Row> rows = {
      // The seed (1.3): "1m 1s 33 {job-controller } ... (events with common reason combined)".
      {"1.3: the aggregate has count 33", Rules13(), "(events with common reason combined)", 33},
      // Since 1.8 the spam filter stops the job controller's Events about one Job after 25.
      {"current rules: the spam filter stops the aggregate at count 16", CorrelatorRules{},
       "(combined from similar events): " + CreatedPod(25), 16},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, row.rules);
      // About one failed pod every 1.45 s, as in the seed.
      for (int i = 1; i <= 42; ++i) {
        recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
        if (i < 42) c.loop.Advance(1'450);
      }
      EventList events = c.Events();
      REQUIRE(events.size() == 10);
      for (int i = 0; i < 9; ++i) {
        CHECK(events[i]->message == CreatedPod(i + 1));
        CHECK(events[i]->count == 1);
      }
      const api::Event& aggregate = *events[9];
      CHECK(aggregate.message == row.aggregate_message);
      CHECK(aggregate.count == row.aggregate_count);
      const UnixMs tenth = kStart + 9 * 1'450;
      CHECK(aggregate.first_timestamp == tenth - tenth % 1000);
      CHECK(aggregate.source.component == "job-controller");
      CHECK(aggregate.involved_object == JobRef());
    }
  }
}

TEST_CASE("Event names are <object>.<hex nanoseconds>, unique, and the same on every run") {
  auto run = [] {
    Cluster c;
    auto kubelet = NewEventRecorder(c.store, {"kubelet", "node-1"}, CorrelatorRules{});
    auto controller = NewEventRecorder(c.store, {"job-controller", ""}, CorrelatorRules{});
    for (int i = 1; i <= 30; ++i) {
      controller->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
      kubelet->Record(PodRef("spec.containers{pi}"), api::kEventNormal, "Pulled", fmt::format("pull {}", i % 3));
      kubelet->Record(PodRef("spec.containers{pi}"), api::kEventNormal, "Created", CreatedPod(i));
      if (i % 4 == 0) c.loop.Advance(1);
    }
    std::vector<std::string> names;
    for (const auto& e : c.Events()) names.push_back(e->metadata.name);
    return names;
  };
  const std::vector<std::string> first = run();
  CHECK(first == run());
  CHECK(std::set<std::string>(first.begin(), first.end()).size() == first.size());
  const std::regex shape(R"((pi|pi-2n6pa)\.[0-9a-f]{16})");
  for (const std::string& name : first) CHECK(std::regex_match(name, shape));
}

TEST_CASE("an Event name taken by another recorder in the same millisecond is replaced") {
  Cluster c;
  auto scheduler = NewEventRecorder(c.store, {"default-scheduler", ""}, CorrelatorRules{});
  auto kubelet = NewEventRecorder(c.store, {"kubelet", "node-1"}, CorrelatorRules{});
  scheduler->Record(PodRef(), api::kEventNormal, "Scheduled", "Successfully assigned default/pi-2n6pa to node-1");
  kubelet->Record(PodRef(), api::kEventNormal, "Pulling", "pulling image \"perl\"");
  kubelet->Record(PodRef(), api::kEventNormal, "Pulling", "pulling image \"perl\"");
  EventList events = c.Events();
  REQUIRE(events.size() == 2);
  CHECK(events[0]->metadata.name != events[1]->metadata.name);
  auto pulling = std::find_if(events.begin(), events.end(), [](const auto& e) { return e->reason == "Pulling"; });
  REQUIRE(pulling != events.end());
  CHECK((*pulling)->count == 2);
}

TEST_CASE("a repeat whose Event is gone creates it again, keeping name, count and firstTimestamp") {
  Cluster c;
  auto recorder = NewEventRecorder(c.store, {"kubelet", "node-1"}, CorrelatorRules{});
  recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
  c.loop.Advance(5'000);
  recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
  const std::string name = c.Events()[0]->metadata.name;
  REQUIRE(c.store.Delete<api::Event>("default", name).ok());
  c.loop.Advance(5'000);
  recorder->Record(PodRef(), api::kEventWarning, "BackOff", "Back-off");
  EventList events = c.Events();
  REQUIRE(events.size() == 1);
  CHECK(events[0]->metadata.name == name);
  CHECK(events[0]->count == 3);
  CHECK(events[0]->first_timestamp == kStart);
  CHECK(events[0]->last_timestamp == kStart + 10'000);
}

TEST_CASE("the de-duplication key holds fieldPath from 1.7 on") {
  struct Row {
    std::string name;
    CorrelatorRules rules;
    size_t events;
  };
  const std::vector<Row> rows = {
      {"current rules: one Event per container", CorrelatorRules{}, 2},
      {"1.3 rules: the second container's event repeats the first", Rules13(), 1},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"kubelet", "node-1"}, row.rules);
      recorder->Record(PodRef("spec.containers{a}"), api::kEventNormal, "Pulled", "already present");
      recorder->Record(PodRef("spec.containers{b}"), api::kEventNormal, "Pulled", "already present");
      CHECK(c.Events().size() == row.events);
    }
  }
}

TEST_CASE("what a core/v1 Event carries") {
  struct Row {
    std::string name;
    bool reporting_fields;
    std::string component;
    std::string instance;
  };
  const std::vector<Row> rows = {
      {"1.28+: reportingComponent and reportingInstance copy the source", true, "kubelet", "node-1"},
      {"before 1.28 they are empty", false, "", ""},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.name) {
      CorrelatorRules rules;
      rules.reporting_fields = row.reporting_fields;
      Cluster c;
      auto recorder = NewEventRecorder(c.store, {"kubelet", "node-1"}, rules);
      api::ObjectReference node;
      node.kind = "Node";
      node.name = "node-1";
      node.uid = "node-1";
      recorder->Record(node, api::kEventNormal, "Starting", "Starting kubelet.");
      recorder->Record(node, "Bogus", "Starting", "an unknown type is not recorded");
      EventList events = c.Events();
      REQUIRE(events.size() == 1);
      const api::Event& e = *events[0];
      CHECK(e.metadata.namespace_ == "default");
      CHECK(e.type == "Normal");
      CHECK(e.reporting_component == row.component);
      CHECK(e.reporting_instance == row.instance);
      CHECK(e.action.empty());
      CHECK_FALSE(e.series.has_value());
    }
  }
}

TEST_CASE("an aggregate Event has no reporting fields, as upstream builds it") {
  Cluster c;
  auto recorder = NewEventRecorder(c.store, {"job-controller", ""}, CorrelatorRules{});
  for (int i = 1; i <= 10; ++i) recorder->Record(JobRef(), api::kEventNormal, "SuccessfulCreate", CreatedPod(i));
  EventList events = c.Events();
  REQUIRE(events.size() == 10);
  CHECK(events[0]->reporting_component == "job-controller");
  CHECK(events[9]->reporting_component.empty());
}

TEST_CASE("events recorded with a memo the caller keeps are the Events recorded without one") {
  // The memo spares the recorder working out an object's identity again; it
  // must change nothing, also when it is reset for another object, and when
  // only the reference's resourceVersion and fieldPath change.
  auto run = [](bool with_memo) {
    Cluster c;
    auto kubelet = NewEventRecorder(c.store, {"kubelet", "node-1"}, CorrelatorRules{});
    api::InvolvedMemo memo;
    api::ObjectReference ref = PodRef();
    auto record = [&](const std::string& reason, const std::string& message) {
      if (with_memo) {
        kubelet->Record(ref, memo, api::kEventNormal, reason, message);
      } else {
        kubelet->Record(ref, api::kEventNormal, reason, message);
      }
    };
    for (int i = 1; i <= 12; ++i) {
      ref.resource_version = std::to_string(i);
      ref.field_path = i % 2 ? "spec.containers{pi}" : "";
      record("Pulled", fmt::format("pull {}", i % 3));
      record("Created", CreatedPod(i));
      if (i == 6) {  // another pod from here on
        ref.name = "pi-q9z4m";
        ref.uid = "5f0c2b1a-18fa-11e6-b739-0800278856e6";
        memo = {};
      }
      c.loop.Advance(700);
    }
    std::vector<std::string> events;
    for (const auto& e : c.Events()) events.push_back(Encode(*e).dump());
    return events;
  };
  const std::vector<std::string> without = run(false);
  CHECK(without.size() > 12);
  CHECK(run(true) == without);
}
