#include "sim/events/make_event.h"

#include "fakeapi/event_recorder.h"

namespace jobsim::sim {

bool IsValidEventType(const std::string& type) { return type == api::kEventNormal || type == api::kEventWarning; }

std::shared_ptr<api::Event> MakeEvent(EventNamer& namer, const api::ObjectReference& involved,
                                      const std::string& type, const std::string& reason,
                                      const std::string& message, UnixMs now_ms) {
  auto event = std::make_shared<api::Event>();
  event->metadata.name = namer.Next(involved.name, now_ms);
  event->metadata.namespace_ = involved.namespace_.empty() ? "default" : involved.namespace_;
  // Null instead of an empty JSON object: the codec treats both alike, and an
  // empty object costs a heap block per stored Event.
  event->metadata.extra = nullptr;
  event->extra = nullptr;
  event->involved_object = involved;
  event->type = type;
  event->reason = reason;
  event->message = message;
  return event;
}

}  // namespace jobsim::sim
