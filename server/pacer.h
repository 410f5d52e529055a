// Paces virtual time against real time for `jobsim serve`. This is the one
// place in jobsim that reads the real clock (tests/sim/determinism_grep_test.cc
// allows exactly this file): a served simulation is driven by a person or a
// client in real time, so the target virtual time is
//     offset + (real ms since start) × speed
// in paced mode, and just the offset (moved only by Advance) in manual mode.
// Virtual time stays an integer count of milliseconds; the speed is kept in
// thousandths so that the arithmetic is integer too.
//
// Thread-safe: the simulation thread reads the target, the clock endpoint
// (also on the simulation thread) advances it.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>

#include "sim/base/clock.h"

namespace jobsim::server {

class Pacer {
 public:
  // speed_milli: virtual ms per real second (1000 = real time); 0 = manual clock.
  explicit Pacer(int64_t speed_milli);
  Pacer(const Pacer&) = delete;
  Pacer& operator=(const Pacer&) = delete;

  // The virtual time the simulation should have reached by now.
  ElapsedMs TargetMs() const;
  // Real milliseconds until the virtual time due is reached; -1 when the
  // clock is manual and due lies ahead (only Advance gets there).
  int64_t RealDelayMs(ElapsedMs due) const;
  // Moves the target forward. REQUIRES: ms >= 0.
  void Advance(int64_t ms);
  bool manual() const { return speed_milli_ == 0; }
  int64_t speed_milli() const { return speed_milli_; }
  // Real milliseconds since the pacer started (for real-time cadences such as bookmarks).
  int64_t RealElapsedMs() const;
  // The wall-clock time the pacer started: a served cluster starts "now", so
  // that the ages kubectl computes on its side (describe) read naturally.
  static UnixMs WallClockNowMs();

 private:
  const int64_t speed_milli_;
  const std::chrono::steady_clock::time_point start_;
  mutable std::mutex mu_;
  int64_t offset_ms_ = 0;
};

}  // namespace jobsim::server
