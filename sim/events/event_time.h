// Event timestamps as the API shows them: firstTimestamp/lastTimestamp are
// metav1.Time (whole seconds); eventTime and series.lastObservedTime are
// metav1.MicroTime, finer than the virtual clock's milliseconds, so they keep
// the full value.
#pragma once

#include "sim/base/clock.h"

namespace jobsim::sim {

inline UnixMs MetaTime(UnixMs t) { return t - t % kMsPerSecond; }

}  // namespace jobsim::sim
