// The events.k8s.io/v1 recorder (client-go tools/events: event_recorder.go,
// event_broadcaster.go), used by the scheduler since 1.19. No correlator:
// events with the same type, action, reason, reporting controller/instance and
// regarding object (the "isomorphic" key; the note is not part of it) form a
// series. The first occurrence is created; the second turns the cached Event
// into a series {count 2} and patches only `series`; later ones only bump the
// cached count and lastObservedTime. Every 30 min (refreshTime) all series are
// patched again; every 6 min (finishTime) series not observed for 6 min get a
// final patch and leave the cache, and singletons older than 6 min leave it.
//
// In the core/v1 view such an Event has null firstTimestamp/lastTimestamp,
// count 0, an empty source, eventTime set, and series once it repeats.
//
// Timers run on the Store's dispatcher at multiples of the period after the
// recorder was made (as wait.Until ticks), and only while the cache has work.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/event_recorder.h"
#include "fakeapi/packed_event.h"
#include "fakeapi/store.h"
#include "sim/events/compact_event.h"
#include "sim/events/event_name.h"
#include "sim/events/event_sink.h"
#include "sim/events/flat_table.h"

namespace jobsim::sim {

class SeriesEventRecorder final : public api::EventRecorder {
 public:
  // source.component is the reportingController; reportingInstance is "<component>-<host>".
  SeriesEventRecorder(api::Store& store, api::EventSource source);
  ~SeriesEventRecorder() override;
  SeriesEventRecorder(const SeriesEventRecorder&) = delete;
  SeriesEventRecorder& operator=(const SeriesEventRecorder&) = delete;

  void Record(const api::ObjectReference& regarding, const std::string& type, const std::string& reason,
              const std::string& note) override;

 private:
  // The Event as last written, or as made when the create failed: compact
  // (without what the store assigns) until a series write returns the stored
  // Event, or whole if it does not fit.
  struct Cached {
    std::optional<CompactEvent> compact;
    std::shared_ptr<const api::Event> whole;
    std::optional<api::EventSeries> series;

    // The reporting fields are the recorder's (compact_event.h).
    api::Event Current(const std::string& controller, const std::string& instance) const {
      return whole ? *whole : compact->Rebuild(controller, instance);
    }
    UnixMs EventTime() const { return whole ? whole->event_time : compact->event_time(); }
  };
  using Tick = void (SeriesEventRecorder::*)();

  void WriteSeries(Cached& cached);
  std::vector<uint64_t> KeysInOrder() const;
  void FinishSeries();
  void RefreshSeries();
  void Arm(std::optional<Executor::TimerId>& timer, int64_t period_ms, Tick tick);

  api::Store& store_;
  Executor& executor_;
  const std::string controller_;
  const std::string instance_;
  const UnixMs start_ms_;
  EventNamer namer_;
  EventSink sink_;
  // By isomorphic key. Hashed: a Record looks its key up, and a balanced tree
  // of every pod's Scheduled event (kept 6 min) cost ~17 cache misses a lookup
  // at 100,000 pods, a node-based hash map one or two (flat_table.h). The
  // flushes walk the keys sorted (KeysInOrder), in a fixed order.
  FlatTable<Cached> cache_;
  std::string name_;  // where new Events are named, kept to keep its capacity
  std::string key_buffer_;            // where the key's fields are joined, kept to keep its capacity
  api::PackHints pack_hints_;         // the store's, for this recorder's new Events
  std::optional<Executor::TimerId> finish_timer_;
  std::optional<Executor::TimerId> refresh_timer_;
};

}  // namespace jobsim::sim
