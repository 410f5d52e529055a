// spec.ttlSecondsAfterFinished: the pure decision of the TTL-after-finished
// controller for one Job at one time (needsCleanup, jobFinishTime, timeLeft
// and processTTL in pkg/controller/ttlafterfinished/ttlafterfinished_controller.go).
//
// A Job needs cleaning up when it is not being deleted, has a TTL, and has
// finished (Complete or Failed True). It finished at the lastTransitionTime of
// the first such condition; it expires ttlSecondsAfterFinished later (0: at
// once). A finish time in the future (clock skew) only makes the wait longer.
#pragma once

#include <cstdint>
#include <string>

#include "fakeapi/types.h"

namespace jobsim::controller {

enum class TtlAction {
  kNothing,       // no TTL, not finished, or already being deleted
  kDeleteNow,     // expired: delete it (after a fresh read)
  kRequeueAfter,  // look again in after_ms, when it expires
  kError,         // finished without a finish time: retried with back-off
};

struct TtlDecision {
  TtlAction action = TtlAction::kNothing;
  int64_t after_ms = 0;  // kRequeueAfter
  std::string error;     // kError: upstream's message
  friend bool operator==(const TtlDecision&, const TtlDecision&) = default;
};

// needsCleanup plus the deletion-timestamp guard of the event handlers.
bool NeedsTtlCleanup(const api::Job& job);

TtlDecision DecideTtl(const api::Job& job, UnixMs now_ms);

}  // namespace jobsim::controller
