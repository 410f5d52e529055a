// What both recorder flavours put into a new Event (client-go tools/record
// event.go makeEvent, tools/events/event_recorder.go makeEvent): a fresh name,
// the involved object's namespace or "default", the reference, type, reason
// and message. The flavours add their own time, count and reporting fields.
#pragma once

#include <memory>
#include <string>

#include "fakeapi/types.h"
#include "sim/events/event_name.h"

namespace jobsim::sim {

// util.ValidateEventType: only Normal and Warning are recorded; others are dropped.
bool IsValidEventType(const std::string& type);

// Made on the heap, where the store keeps it once created (Store::Create).
std::shared_ptr<api::Event> MakeEvent(EventNamer& namer, const api::ObjectReference& involved, const std::string& type,
                     const std::string& reason, const std::string& message, UnixMs now_ms);

}  // namespace jobsim::sim
