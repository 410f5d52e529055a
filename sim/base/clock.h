// Virtual time. Everything in jobsim reads time through a Clock; nothing reads
// the system clock (tests/sim/determinism_grep_test.cc greps for it).
//
// Time is an integer count of milliseconds. Two scales exist:
//   - elapsed ms: time since the scenario's t=0 (what the event loop orders by);
//   - unix ms: wall time as objects carry it (creationTimestamp, finishedAt).
// unix ms = start_unix_ms + elapsed ms.
#pragma once

#include <cstdint>

namespace jobsim {

using ElapsedMs = int64_t;
using UnixMs = int64_t;

inline constexpr int64_t kMsPerSecond = 1000;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UnixMs NowUnixMs() const = 0;
  virtual ElapsedMs ElapsedNowMs() const = 0;
};

// A clock that only moves when the event loop moves it.
class VirtualClock final : public Clock {
 public:
  explicit VirtualClock(UnixMs start_unix_ms) : start_unix_ms_(start_unix_ms) {}
  VirtualClock(const VirtualClock&) = delete;
  VirtualClock& operator=(const VirtualClock&) = delete;

  UnixMs NowUnixMs() const override { return start_unix_ms_ + elapsed_ms_; }
  ElapsedMs ElapsedNowMs() const override { return elapsed_ms_; }
  UnixMs start_unix_ms() const { return start_unix_ms_; }

  // REQUIRES: elapsed_ms >= ElapsedNowMs(); time never goes backwards.
  void AdvanceTo(ElapsedMs elapsed_ms);

 private:
  UnixMs start_unix_ms_;
  ElapsedMs elapsed_ms_ = 0;
};

}  // namespace jobsim
