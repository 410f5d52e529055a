#include "sim/events/event_recorder.h"

#include "sim/events/core_event_recorder.h"
#include "sim/events/series_event_recorder.h"

namespace jobsim::sim {

std::unique_ptr<api::EventRecorder> NewEventRecorder(api::Store& store, api::EventSource source,
                                                     CorrelatorRules rules, EventApi flavour) {
  if (flavour == EventApi::kEventsV1) return std::make_unique<SeriesEventRecorder>(store, std::move(source));
  return std::make_unique<CoreEventRecorder>(store, std::move(source), rules);
}

}  // namespace jobsim::sim
