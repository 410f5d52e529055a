// Virtual ages for clients that age things by their own wall clock.
//
// kubectl computes some ages itself: describe's event tables ("Age": now -
// lastTimestamp), client-side `get -w` rows, `describe`'s pod tables. Its
// "now" is the wall clock; a served cluster's time is virtual, and with
// --speed or --manual-clock it runs ahead of (or behind) the wall clock, so
// kubectl would print `<invalid>` ages from its "future". The server
// therefore serves every timestamp moved by (wall now - virtual now), so that
// kubectl's wall now - timestamp is the virtual age; timestamps in request
// bodies are moved back on the way in. Only the edge moves them: the store,
// the controllers and the Tables (whose Age cells the server computes at
// virtual now) keep virtual time.
#pragma once

#include <cstdint>
#include <functional>

#include "fakeapi/types.h"
#include "sim/base/clock.h"

namespace jobsim::server {

// Adds offset_ms to every timestamp in value (an object, a list, a Table or a
// watch event holding objects): the fields upstream types as metav1.Time or
// metav1.MicroTime, found by name (TimestampFields in the .cc), and each
// managedFields entry's time. A value keeps its precision (seconds or
// microseconds); null and strings that are not RFC 3339 stay as they are, and
// so does everything under labels and annotations (their keys are free-form).
void ShiftTimestamps(api::Json& value, int64_t offset_ms);

class TimestampShift {
 public:
  // wall_now: the real clock (Pacer::WallClockNowMs); null = serve timestamps
  // as stored (--wall-clock-timestamps, and speed 1, where the two agree).
  TimestampShift(const Clock& virtual_clock, std::function<UnixMs()> wall_now)
      : virtual_clock_(virtual_clock), wall_now_(std::move(wall_now)) {}

  // What to add to a stored timestamp when serving it (and subtract from a
  // received one): wall now - virtual now, rounded down to whole seconds so
  // that a second-precision time survives the round trip exactly.
  int64_t OffsetMs() const;

 private:
  const Clock& virtual_clock_;
  std::function<UnixMs()> wall_now_;
};

}  // namespace jobsim::server
