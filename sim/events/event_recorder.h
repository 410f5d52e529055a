// client-go's event pipeline (tools/record: events_cache.go, event.go) on the
// virtual clock: every Record() goes through the correlator (aggregate ->
// de-duplicate -> spam filter) and is then written to the Store as a create or
// a patch of an existing Event. One recorder per reporting component instance
// (the job controller, the scheduler, each node's kubelet), each with its own
// caches, as each real component has its own broadcaster.
//
// The scheduler's events.k8s.io/v1 flavour (series instead of count) is
// selected by EventApi::kEventsV1.
#pragma once

#include <memory>
#include <string>

#include "fakeapi/event_recorder.h"
#include "fakeapi/store.h"

namespace jobsim::sim {

struct CorrelatorRules {
  // Aggregated message: "(combined from similar events): " + message (k8s 1.7+),
  // or the fixed "(events with common reason combined)" before.
  bool legacy_aggregate_message = false;
  int aggregate_max_events = 10;          // defaultAggregateMaxEvents
  int64_t aggregate_interval_ms = 600'000;  // defaultAggregateIntervalInSeconds
  int spam_burst = 25;                     // defaultSpamBurst
  int64_t spam_refill_ms = 300'000;        // defaultSpamQPS = 1/300
  int lru_entries = 4096;                  // maxLruCacheEntries
};

enum class EventApi {
  kCoreV1,    // count / firstTimestamp / lastTimestamp
  kEventsV1,  // series / eventTime (the scheduler since ~1.19)
};

std::unique_ptr<api::EventRecorder> NewEventRecorder(api::Store& store, api::EventSource source,
                                                     CorrelatorRules rules, EventApi flavour = EventApi::kCoreV1);

}  // namespace jobsim::sim
