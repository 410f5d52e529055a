#include "sim/nodelifecycle/monitor_tick.h"

namespace jobsim::sim {

UnixMs NextMonitorTick(UnixMs start_ms, int64_t period_ms, UnixMs not_before_ms) {
  if (not_before_ms <= start_ms) return start_ms;
  const int64_t ticks = (not_before_ms - start_ms + period_ms - 1) / period_ms;
  return start_ms + ticks * period_ms;
}

UnixMs SilenceNoticedAt(UnixMs start_ms, int64_t period_ms, int64_t grace_ms, UnixMs last_heartbeat_ms) {
  return NextMonitorTick(start_ms, period_ms, last_heartbeat_ms + grace_ms);
}

}  // namespace jobsim::sim
