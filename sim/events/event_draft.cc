#include "sim/events/event_draft.h"

#include "sim/events/make_event.h"

namespace jobsim::sim {

api::EventView& EventDraft::View(const api::EventSource& source) {
  api::EventView& event = view_;
  FillEvent(event, name, name_nanos, *involved, type, reason, message);
  event.first_timestamp = first_timestamp;
  event.last_timestamp = last_timestamp;
  event.involved_object.uid_bits = involved_uid_bits;
  event.involved_object.name_is_subdomain = involved_name_is_subdomain;
  event.count = count;
  event.source = {source.component, source.host};
  // Set or cleared: the view served the previous event.
  event.reporting_component = reporting ? std::string_view(source.component) : std::string_view();
  event.reporting_instance = reporting ? std::string_view(source.host) : std::string_view();
  return event;
}

}  // namespace jobsim::sim
