// What both recorder flavours put into a new Event (client-go tools/record
// event.go makeEvent, tools/events/event_recorder.go makeEvent): a fresh name,
// the involved object's namespace or "default", the reference, type, reason
// and message. The flavours add their own time, count and reporting fields.
#pragma once

#include <string>

#include "fakeapi/types.h"
#include "sim/events/event_name.h"

namespace jobsim::sim {

// util.ValidateEventType: only Normal and Warning are recorded; others are dropped.
bool IsValidEventType(const std::string& type);

// Writes the new event over `event`, setting every field, so `event` may be
// one an earlier event left behind: its strings then keep their buffers, which
// spares an allocation for each long string of each event (the store packs
// Events and keeps no reference to the object it was given).
void MakeEvent(EventNamer& namer, const api::ObjectReference& involved, const std::string& type,
               const std::string& reason, const std::string& message, UnixMs now_ms, api::Event& event);

}  // namespace jobsim::sim
