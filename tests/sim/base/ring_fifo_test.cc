// RingFifo (sim/base/ring_fifo.h): first in, first out, across wrap-arounds
// and growth, with indexed access from the front.
#include "sim/base/ring_fifo.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <deque>

TEST_CASE("RingFifo keeps first-in first-out order through wrap-arounds and growth", "[base]") {
  jobsim::RingFifo<uint64_t> fifo;
  std::deque<uint64_t> model;
  uint64_t next = 0;
  // Pushes outpace pops in waves: the ring wraps at several capacities, and grows while wrapped.
  for (int wave = 0; wave < 40; ++wave) {
    for (int i = 0; i < 3 + wave; ++i) {
      fifo.push_back(next);
      model.push_back(next++);
    }
    for (int i = 0; i < 2 + wave / 2 && !model.empty(); ++i) {
      REQUIRE(fifo.front() == model.front());
      fifo.pop_front();
      model.pop_front();
    }
    REQUIRE(fifo.size() == model.size());
    for (size_t i = 0; i < model.size(); ++i) REQUIRE(fifo[i] == model[i]);
  }
  while (!model.empty()) {
    REQUIRE(fifo.front() == model.front());
    fifo.pop_front();
    model.pop_front();
  }
  CHECK(fifo.empty());
}
