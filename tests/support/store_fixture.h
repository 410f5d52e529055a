// A Store on a fixed virtual clock whose watch deliveries wait for the test.
#pragma once

#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "tests/support/fake_dispatcher.h"

namespace jobsim::test {

struct StoreFixture {
  VirtualClock clock{1735689600000};  // 2025-01-01T00:00:00Z
  QueueDispatcher dispatcher;
  api::Store store;
  explicit StoreFixture(api::ApiRules rules = {}) : store(clock, 1, dispatcher, rules) {}
};

}  // namespace jobsim::test
