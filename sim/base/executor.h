// Where components put work for later, on the simulation's one thread. The
// event loop implements it (sim/base/event_loop.h); tests/support/test_loop.h wraps it.
// Delays are virtual milliseconds.
#pragma once

#include <cstdint>

#include "sim/base/task.h"

namespace jobsim {

class Executor {
 public:
  using TimerId = uint64_t;
  virtual ~Executor() = default;
  // Runs task at the current virtual time, after everything already due now.
  virtual void Post(Task task) = 0;
  // REQUIRES: delay_ms >= 0.
  virtual TimerId After(int64_t delay_ms, Task task) = 0;
  virtual void Cancel(TimerId id) = 0;
};

}  // namespace jobsim
