// Step 2 of client-go's correlator (eventLogger.eventObserve in
// tools/record/events_cache.go): an event seen before under the same key
// becomes a repeat of the stored Event, taking its name and firstTimestamp and
// the next count. The count is stored here before the spam filter runs, so
// occurrences the filter drops still advance it.
#pragma once

#include <cstdint>

#include "sim/base/clock.h"
#include "sim/events/event_draft.h"
#include "sim/events/lru_cache.h"

namespace jobsim::sim {

class EventDeduplicator {
 public:
  explicit EventDeduplicator(size_t lru_entries) : cache_(lru_entries) {}

  // Counts `event` under key. Returns true for a repeat, whose Event must then
  // be patched (count, lastTimestamp, message) rather than created.
  bool Observe(EventDraft& event, uint64_t key);

  // After a successful write: what the server stored (the name's nanoseconds,
  // count, firstTimestamp). The write follows the Observe of the same key,
  // whose entry is then still at hand: no second lookup.
  void UpdateState(uint64_t key, uint64_t name_nanos, int32_t count, UnixMs first_timestamp);

 private:
  struct Observation {
    int32_t count = 0;
    UnixMs first_timestamp = 0;
    uint64_t name_nanos = 0;  // the Event's name, after its object's (event_name.h)
  };


  LruCache<Observation> cache_;
  // The entry the last Observe found or added, under observed_key_; valid
  // until the cache's next lookup (null once used).
  Observation* observed_ = nullptr;
  uint64_t observed_key_ = 0;
};

}  // namespace jobsim::sim
