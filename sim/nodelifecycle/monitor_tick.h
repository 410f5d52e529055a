// When the node lifecycle controller's monitor pass (monitorNodeHealth, every
// --node-monitor-period from the controller's start) first finds a kubelet
// silent for --node-monitor-grace-period. Pure.
#pragma once

#include <cstdint>

#include "sim/base/clock.h"

namespace jobsim::sim {

// The first pass at start_ms + k * period_ms (k >= 0) at or after not_before_ms.
UnixMs NextMonitorTick(UnixMs start_ms, int64_t period_ms, UnixMs not_before_ms);

// The pass that marks a node whose kubelet last posted at last_heartbeat_ms
// Unknown: the first one once grace_ms has passed. The heartbeat came a
// little before the kubelet fell silent, so a pass exactly grace_ms later
// already finds it late (tryUpdateNodeHealth: now.After(probe + grace)).
UnixMs SilenceNoticedAt(UnixMs start_ms, int64_t period_ms, int64_t grace_ms, UnixMs last_heartbeat_ms);

}  // namespace jobsim::sim
