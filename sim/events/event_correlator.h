// client-go's EventCorrelator (tools/record/events_cache.go EventCorrelate):
// aggregate -> observe (de-duplicate, count) -> spam filter, in that order, so
// that counting happens before filtering. Pure with respect to the API: it
// decides what to write; the recorder writes it and reports back.
#pragma once

#include <cstdint>

#include "fakeapi/types.h"
#include "sim/events/correlator_rules.h"
#include "sim/events/event_aggregator.h"
#include "sim/events/event_deduplicator.h"
#include "sim/events/event_draft.h"
#include "sim/events/event_keys.h"
#include "sim/events/event_name.h"
#include "sim/events/spam_filter.h"

namespace jobsim::sim {

struct CorrelateResult {
  uint64_t key = 0;    // the de-duplication key, for UpdateState after the write
  bool patch = false;  // a repeat (count > 1): patch the Event of event.name_nanos
  bool skip = false;   // dropped by the spam filter: write nothing
};

class EventCorrelator {
 public:
  // Correlates the events of one source (every event passed in has it). The
  // namer names aggregate Events.
  EventCorrelator(CorrelatorRules rules, const api::EventSource& source, EventNamer& namer);
  EventCorrelator(const EventCorrelator&) = delete;
  EventCorrelator& operator=(const EventCorrelator&) = delete;

  // `event` as the recorder made it: a fresh name, count 1, both timestamps now.
  // Rewrites `event` in place into what to write (count, message, the name's
  // nanoseconds of a repeat or an aggregate; event.name is left as it was).
  CorrelateResult Correlate(EventDraft& event, UnixMs now_ms);

  // After a successful write, what the server stored: the Event's name (its
  // nanoseconds, event_name.h), count and firstTimestamp.
  void UpdateState(uint64_t key, uint64_t name_nanos, int32_t count, UnixMs first_timestamp);

 private:
  const CorrelatorRules rules_;  // first: the steps below keep a reference to it
  const RecorderWords words_;     // of the events' source
  EventAggregator aggregator_;
  EventDeduplicator deduplicator_;
  SpamFilter spam_filter_;
};

}  // namespace jobsim::sim
