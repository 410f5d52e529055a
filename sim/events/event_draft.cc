#include "sim/events/event_draft.h"

#include "sim/events/make_event.h"

namespace jobsim::sim {

api::EventView EventDraft::View(const api::EventSource& source) const {
  api::EventView event = MakeEvent(name, name_nanos, *involved, type, reason, message);
  event.first_timestamp = first_timestamp;
  event.last_timestamp = last_timestamp;
  event.involved_object.uid_bits = involved_uid_bits;
  event.involved_object.name_is_subdomain = involved_name_is_subdomain;
  event.count = count;
  event.source = {source.component, source.host};
  if (reporting) {
    event.reporting_component = source.component;
    event.reporting_instance = source.host;
  }
  return event;
}

}  // namespace jobsim::sim
