#include "sim/events/event_deduplicator.h"

namespace jobsim::sim {

bool EventDeduplicator::Observe(api::Event& event, uint64_t key) {
  auto [last, added] = cache_.GetOrAdd(key);
  observed_ = last;
  observed_key_ = key;
  if (!added && last->count > 0) {
    event.metadata.name = last->name;
    event.first_timestamp = last->first_timestamp;
    event.count = ++last->count;
    return true;
  }
  Remember(*last, event);
  return false;
}

void EventDeduplicator::UpdateState(uint64_t key, const api::Event& stored) {
  Observation* observation = observed_ && observed_key_ == key ? observed_ : cache_.GetOrAdd(key).first;
  observed_ = nullptr;
  Remember(*observation, stored);
}

void EventDeduplicator::Remember(Observation& observation, const api::Event& event) {
  observation.count = event.count;
  observation.first_timestamp = event.first_timestamp;
  observation.name = event.metadata.name;  // in place: usually no allocation
}

}  // namespace jobsim::sim
