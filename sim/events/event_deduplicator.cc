#include "sim/events/event_deduplicator.h"

namespace jobsim::sim {

bool EventDeduplicator::Observe(api::Event& event, uint64_t key) {
  Observation* last = cache_.Get(key);
  if (last != nullptr && last->count > 0) {
    event.metadata.name = last->name;
    event.first_timestamp = last->first_timestamp;
    event.count = ++last->count;
    return true;
  }
  Remember(last ? *last : cache_.Add(key, Observation{}), event);
  return false;
}

void EventDeduplicator::UpdateState(uint64_t key, const api::Event& stored) {
  Observation* last = cache_.Get(key);
  Remember(last ? *last : cache_.Add(key, Observation{}), stored);
}

void EventDeduplicator::Remember(Observation& observation, const api::Event& event) {
  observation.count = event.count;
  observation.first_timestamp = event.first_timestamp;
  observation.name = event.metadata.name;  // in place: usually no allocation
}

}  // namespace jobsim::sim
