#include "sim/node/graceful_stop.h"

#include <algorithm>

namespace jobsim::sim {

StopExit GracefulStop(const SigtermHandling& sigterm, int64_t grace_ms) {
  const StopExit killed{std::max(grace_ms, kMinimumGraceMs), kSigkillExitCode};
  switch (sigterm.kind) {
    case SigtermHandling::Kind::kIgnore:
      return killed;
    case SigtermHandling::Kind::kDie:
      return {0, kSigtermExitCode};
    case SigtermHandling::Kind::kTrap:
      // A handler that is still at work when the grace period ends is killed.
      if (sigterm.after_ms >= killed.after_ms) return killed;
      return {sigterm.after_ms, sigterm.exit_code};
  }
  return killed;
}

}  // namespace jobsim::sim
