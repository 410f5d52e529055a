#include "sim/events/event_aggregator.h"

#include <algorithm>

#include "sim/events/event_keys.h"
#include "sim/events/event_time.h"
#include "sim/events/key_hash.h"

namespace jobsim::sim {

EventAggregator::EventAggregator(const CorrelatorRules& rules, EventNamer& namer)
    : rules_(rules), namer_(namer), cache_(static_cast<size_t>(std::max(rules.lru_entries, 0))) {}

uint64_t EventAggregator::Aggregate(api::Event& event, UnixMs now_ms) {
  const uint64_t aggregate_key = AggregateKey(event);
  const uint64_t message = HashOf(event.message);
  Record record;
  const Record* found = cache_.Get(aggregate_key);
  // A group never seen, or quiet for longer than the interval, starts afresh.
  if (found && now_ms - found->last_ms <= rules_.aggregate_interval_ms) record = *found;
  auto& messages = record.messages;
  if (std::find(messages.begin(), messages.end(), message) == messages.end()) messages.push_back(message);
  record.last_ms = now_ms;
  Record& stored = cache_.Add(aggregate_key, std::move(record));
  if (static_cast<int>(stored.messages.size()) < rules_.aggregate_max_events) return EventKey(event, rules_);

  // Keep the group below the threshold, so the next new message aggregates again.
  stored.messages.erase(stored.messages.begin());
  MakeAggregate(event, now_ms);
  return aggregate_key;
}

void EventAggregator::MakeAggregate(api::Event& event, UnixMs now_ms) {
  api::Event aggregate;
  aggregate.metadata.name = namer_.Next(event.involved_object.name, now_ms);
  aggregate.metadata.namespace_ = event.metadata.namespace_;
  aggregate.metadata.extra = nullptr;  // as in MakeEvent (make_event.cc)
  aggregate.extra = nullptr;
  aggregate.involved_object = std::move(event.involved_object);
  aggregate.count = 1;
  aggregate.first_timestamp = aggregate.last_timestamp = MetaTime(now_ms);
  aggregate.message =
      rules_.legacy_aggregate_message ? std::string(kLegacyAggregateMessage) : kAggregatePrefix + event.message;
  aggregate.type = std::move(event.type);
  aggregate.reason = std::move(event.reason);
  aggregate.source = std::move(event.source);
  event = std::move(aggregate);
}

}  // namespace jobsim::sim
