#include "sim/events/make_event.h"

namespace jobsim::sim {

std::string_view EventNamespace(std::string_view involved_namespace) {
  return involved_namespace.empty() ? "default" : involved_namespace;
}

api::EventView MakeEvent(std::string_view name, uint64_t name_nanos, const api::ObjectReference& involved,
                         std::string_view type, std::string_view reason, std::string_view message) {
  api::EventView event;
  FillEvent(event, name, name_nanos, involved, type, reason, message);
  return event;
}

void FillEvent(api::EventView& event, std::string_view name, uint64_t name_nanos,
               const api::ObjectReference& involved, std::string_view type, std::string_view reason,
               std::string_view message) {
  event.metadata.namespace_ = EventNamespace(involved.namespace_);
  event.metadata.name = name;
  event.metadata.name_nanos = name_nanos;
  event.involved_object = api::ViewOf(involved);
  event.type = type;
  event.reason = reason;
  event.message = message;
}

}  // namespace jobsim::sim
