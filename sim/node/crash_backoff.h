// The container restart back-off of one container: one key of client-go's
// flowcontrol.Backoff (staging/src/k8s.io/client-go/util/flowcontrol/backoff.go)
// as the kubelet's doBackOff uses it (pkg/kubelet/kuberuntime/kuberuntime_manager.go).
// Jitter is 0 upstream too. Times are virtual ms (elapsed or unix, consistently).
//
// doBackOff, given the finish time `ts` of the container's last exit:
//   InBackOffSince(ts, now) -> hold the restart, report CrashLoopBackOff with Get();
//   otherwise Next(ts, now) and start the container.
// So the first crash restarts at once; later waits are 10, 20, 40 ... 300 s.
#pragma once

#include <cstdint>

#include "sim/node/kubelet_rules.h"

namespace jobsim::sim {

class CrashBackoff {
 public:
  explicit CrashBackoff(const KubeletRules& rules)
      : initial_ms_(rules.backoff_initial_ms), max_ms_(rules.backoff_max_ms), reset_ms_(rules.backoff_reset_ms) {}

  // IsInBackOffSince: false with no entry or an expired one; else now - event < backoff.
  bool InBackOffSince(int64_t event_ms, int64_t now_ms) const;
  // Next: a missing or expired entry starts at the initial value; a live one
  // doubles up to the cap. The entry is stamped with now (not the event).
  void Next(int64_t event_ms, int64_t now_ms);
  // Get: the current back-off, 0 without an entry.
  int64_t current_ms() const { return has_entry_ ? backoff_ms_ : 0; }

 private:
  // hasExpired: the event came more than reset_ms after the last update.
  bool Expired(int64_t event_ms) const { return event_ms - last_update_ms_ > reset_ms_; }

  int64_t initial_ms_;
  int64_t max_ms_;
  int64_t reset_ms_;
  bool has_entry_ = false;
  int64_t backoff_ms_ = 0;
  int64_t last_update_ms_ = 0;
};

}  // namespace jobsim::sim
