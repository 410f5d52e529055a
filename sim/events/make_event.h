// What both recorder flavours put into a new Event (client-go tools/record
// event.go makeEvent, tools/events/event_recorder.go makeEvent): a fresh name,
// the involved object's namespace or "default", the reference, type, reason
// and message. The flavours add their own time, count and reporting fields.
// The Event is a view (fakeapi/event_view.h) of the arguments, which the
// store packs as they are (Store::CreateRecorded): no api::Event is built.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "fakeapi/event_recorder.h"
#include "fakeapi/event_view.h"
#include "fakeapi/types.h"

namespace jobsim::sim {

// util.ValidateEventType: only Normal and Warning are recorded; others are dropped.
// Inline, compared as views of known length: every event asks.
inline bool IsValidEventType(std::string_view type) {
  return type == std::string_view(api::kEventNormal) || type == std::string_view(api::kEventWarning);
}

// The namespace of an Event about an object of `involved_namespace`: that one, or "default".
std::string_view EventNamespace(std::string_view involved_namespace);

// `name` and its nanoseconds as EventNamer::Next made them for `involved`.
// The view refers to the arguments: they must outlive it.
api::EventView MakeEvent(std::string_view name, uint64_t name_nanos, const api::ObjectReference& involved,
                         std::string_view type, std::string_view reason, std::string_view message);
// The same fields written over those of `event`, a view one recorder fills
// for each of its events (building the ~400-byte view anew cost more than
// filling it); its other fields are left as they are.
void FillEvent(api::EventView& event, std::string_view name, uint64_t name_nanos,
               const api::ObjectReference& involved, std::string_view type, std::string_view reason,
               std::string_view message);

}  // namespace jobsim::sim
