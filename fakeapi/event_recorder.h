// What a component uses to report an Event about an object (client-go's
// record.EventRecorder). The implementation with client-go's correlator
// (de-duplication, aggregation, spam filter) is sim/events/event_recorder.h;
// it writes Events through the Store like any client.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::api {

inline constexpr const char* kEventNormal = "Normal";
inline constexpr const char* kEventWarning = "Warning";

class EventRecorder {
 public:
  virtual ~EventRecorder() = default;
  // involved: kind, namespace, name, uid, apiVersion and (for container events)
  // fieldPath such as "spec.containers{pi}". type is Normal or Warning.
  virtual void Record(const ObjectReference& involved, const std::string& type, const std::string& reason,
                      const std::string& message) = 0;
};

// A reference to a Pod or Job for EventRecorder::Record.
ObjectReference RefTo(const Pod& pod, const std::string& field_path = "");
ObjectReference RefTo(const Job& job);

}  // namespace jobsim::api
