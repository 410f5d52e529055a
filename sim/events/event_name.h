// Event names as client-go makes them: "<involvedObject.name>.<hex UnixNano>"
// (tools/record/event.go makeEvent, events_cache.go EventAggregate).
//
// Virtual time has millisecond resolution, so two events of one recorder in
// the same millisecond would get the same name. The nanoseconds are therefore
// now_ms * 10^6 + (sequence mod 10^6), the sequence counting every name this
// namer has handed out. Names are deterministic (same calls, same names) and
// unique within one recorder; the sink (event_sink.h) handles the rare clash
// between two recorders by asking for another name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sim/base/clock.h"

namespace jobsim::sim {

class EventNamer {
 public:
  // Writes the next name over `name`, in the buffer it already has (a
  // recorder names its events in one buffer), and returns its nanoseconds.
  uint64_t Next(std::string_view object_name, UnixMs now_ms, std::string& name);
  // The next name's nanoseconds only, for a name that may never be written
  // (the core/v1 recorder formats it once the correlator decided to write).
  uint64_t NextNanos(UnixMs now_ms);
  // Writes over `name` the name Next gave with these nanoseconds.
  static void Format(std::string_view object_name, uint64_t nanos, std::string& name);

 private:
  uint64_t sequence_ = 0;
};

}  // namespace jobsim::sim
