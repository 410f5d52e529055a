#include "sim/events/event_deduplicator.h"

namespace jobsim::sim {

bool EventDeduplicator::Observe(api::Event& event, uint64_t key) {
  const Observation* last = cache_.Get(key);
  const bool repeat = last != nullptr && last->count > 0;
  if (repeat) {
    event.metadata.name = last->name;
    event.first_timestamp = last->first_timestamp;
    event.count = last->count + 1;
  }
  cache_.Add(key, Observation{event.count, event.first_timestamp, event.metadata.name});
  return repeat;
}

void EventDeduplicator::UpdateState(uint64_t key, const api::Event& stored) {
  cache_.Add(key, Observation{stored.count, stored.first_timestamp, stored.metadata.name});
}

}  // namespace jobsim::sim
