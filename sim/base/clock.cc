#include "sim/base/clock.h"

#include <cassert>

namespace jobsim {

void VirtualClock::AdvanceTo(ElapsedMs elapsed_ms) {
  assert(elapsed_ms >= elapsed_ms_);
  elapsed_ms_ = elapsed_ms;
}

}  // namespace jobsim
