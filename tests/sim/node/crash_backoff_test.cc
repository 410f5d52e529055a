#include "sim/node/crash_backoff.h"

#include <catch2/catch.hpp>

using namespace jobsim::sim;

namespace {

// Crashes a container `crashes` times, each run lasting run_ms, restarting as
// doBackOff allows with a sync every retry_ms; returns the waits between each
// finish and the next start.
std::vector<int64_t> Waits(const KubeletRules& rules, int crashes, int64_t run_ms, int64_t retry_ms) {
  CrashBackoff backoff(rules);
  std::vector<int64_t> waits;
  int64_t now = 0;
  for (int i = 0; i < crashes; ++i) {
    now += run_ms;
    const int64_t finished = now;
    while (backoff.InBackOffSince(finished, now)) now += retry_ms;
    backoff.Next(finished, now);
    waits.push_back(now - finished);
  }
  return waits;
}

}  // namespace

TEST_CASE("restart waits: immediate, then 10s doubling to the 5m cap") {
  KubeletRules rules;
  CHECK(Waits(rules, 9, 1'000, 10'000) ==
        std::vector<int64_t>{0, 10'000, 20'000, 40'000, 80'000, 160'000, 300'000, 300'000, 300'000});
}

TEST_CASE("Get reports the back-off the waiting message prints") {
  KubeletRules rules;
  CrashBackoff backoff(rules);
  CHECK(backoff.current_ms() == 0);
  CHECK_FALSE(backoff.InBackOffSince(0, 0));
  backoff.Next(0, 0);
  CHECK(backoff.current_ms() == 10'000);
  CHECK(backoff.InBackOffSince(1'000, 1'000));
  CHECK(backoff.InBackOffSince(1'000, 10'999));
  CHECK_FALSE(backoff.InBackOffSince(1'000, 11'000));
  backoff.Next(1'000, 11'000);
  CHECK(backoff.current_ms() == 20'000);
}

TEST_CASE("a container that runs past the reset threshold starts over at 10s") {
  KubeletRules rules;
  CrashBackoff backoff(rules);
  backoff.Next(0, 0);           // first crash at 0: restarted at once
  backoff.Next(1'000, 11'000);  // second crash: held 10 s
  CHECK(backoff.current_ms() == 20'000);
  // The third crash comes 601 s after the last update: the entry has expired.
  const int64_t finished = 11'000 + 601'000;
  CHECK_FALSE(backoff.InBackOffSince(finished, finished));
  backoff.Next(finished, finished);
  CHECK(backoff.current_ms() == 10'000);
  // Exactly 600 s is not past the threshold.
  CrashBackoff other(rules);
  other.Next(0, 0);
  CHECK(other.InBackOffSince(600'000, 600'000));
}
