// What a running container does once the kubelet stops it: SIGTERM, then
// SIGKILL when the grace period is over (the CRI StopContainer timeout), as
// the program's SIGTERM handling plays out. Pure.
#pragma once

#include <cstdint>

#include "sim/node/runtime_config.h"

namespace jobsim::sim {

// killContainer never gives less (pkg/kubelet/kuberuntime/kuberuntime_container.go
// minimumGracePeriodInSeconds).
inline constexpr int64_t kMinimumGraceMs = 2'000;
inline constexpr int32_t kSigtermExitCode = 143;  // 128 + SIGTERM
inline constexpr int32_t kSigkillExitCode = 137;  // 128 + SIGKILL

struct StopExit {
  int64_t after_ms = 0;  // from the SIGTERM
  int32_t exit_code = 0;
};

// The exit that follows a SIGTERM sent with grace_ms to a program handling it
// as `sigterm` says; a program still running after it is SIGKILLed. The
// program's own end, if sooner, comes first (the caller's timer).
StopExit GracefulStop(const SigtermHandling& sigterm, int64_t grace_ms);

}  // namespace jobsim::sim
