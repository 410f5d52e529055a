#include "controller/work_queue.h"

#include <catch2/catch.hpp>

#include "tests/support/test_loop.h"

using namespace jobsim;
using namespace jobsim::controller;

namespace {

// Records (elapsed ms, key) of every run; a key listed in failing fails.
struct Fixture {
  VirtualClock clock{0};
  jobsim::test::TestLoop executor{clock};
  std::vector<std::pair<ElapsedMs, std::string>> runs;
  std::set<std::string> failing;
  std::function<void(const std::string&)> during_run;
  WorkQueue queue{executor, clock, WorkQueueOptions{1'000, 1'000, 8'000}, [this](const std::string& key) {
                    runs.emplace_back(clock.ElapsedNowMs(), key);
                    if (during_run) during_run(key);
                    return failing.count(key) ? api::Status::InternalError("boom") : api::Status::Ok();
                  }};
  using Runs = std::vector<std::pair<ElapsedMs, std::string>>;
};

}  // namespace

TEST_CASE("a key queued twice runs once") {
  Fixture f;
  f.queue.Add("a");
  f.queue.Add("a");
  f.executor.RunUntil(10'000);
  CHECK(f.runs == Fixture::Runs{{0, "a"}});
}

TEST_CASE("keys run in the order they were queued") {
  Fixture f;
  f.queue.Add("b");
  f.queue.Add("a");
  f.executor.RunUntil(0);
  CHECK(f.runs == Fixture::Runs{{0, "b"}, {0, "a"}});
}

TEST_CASE("a parked key keeps the earliest ready time") {
  Fixture f;
  SECTION("a later time does not move it") {
    f.queue.AddAfter("a", 2'000);
    f.queue.AddAfter("a", 5'000);
  }
  SECTION("an earlier time moves it") {
    f.queue.AddAfter("a", 5'000);
    f.queue.AddAfter("a", 2'000);
  }
  CHECK(f.queue.ParkedUntil("a") == std::optional<ElapsedMs>(2'000));
  f.executor.RunUntil(10'000);
  CHECK(f.runs == Fixture::Runs{{2'000, "a"}});
}

TEST_CASE("a key queued now and parked for later runs twice") {
  Fixture f;
  f.queue.Add("a");
  f.queue.AddBatched("a");
  f.executor.RunUntil(10'000);
  CHECK(f.runs == Fixture::Runs{{0, "a"}, {1'000, "a"}});
}

TEST_CASE("a key added while it runs is run again afterwards") {
  Fixture f;
  int adds = 0;
  f.during_run = [&](const std::string& key) {
    if (adds++ == 0) f.queue.Add(key);
  };
  f.queue.Add("a");
  f.executor.RunUntil(0);
  CHECK(f.runs == Fixture::Runs{{0, "a"}, {0, "a"}});
}

TEST_CASE("a failing key is retried with exponential back-off, capped, and forgotten on success") {
  Fixture f;
  f.failing.insert("a");
  f.queue.Add("a");
  f.executor.RunUntil(20'000);
  CHECK(f.runs == Fixture::Runs{{0, "a"}, {1'000, "a"}, {3'000, "a"}, {7'000, "a"}, {15'000, "a"}});
  CHECK(f.queue.NumRequeues("a") == 5);
  f.failing.clear();
  f.executor.RunUntil(23'000);
  CHECK(f.runs.back() == std::make_pair(ElapsedMs{23'000}, std::string("a")));
  CHECK(f.queue.NumRequeues("a") == 0);
}

TEST_CASE("a zero batch period queues at once") {
  VirtualClock clock{0};
  jobsim::test::TestLoop executor{clock};
  std::vector<ElapsedMs> runs;
  WorkQueue queue(executor, clock, WorkQueueOptions{0, 1'000, 60'000}, [&](const std::string&) {
    runs.push_back(clock.ElapsedNowMs());
    return api::Status::Ok();
  });
  queue.AddBatched("a");
  executor.RunUntil(0);
  CHECK(runs == std::vector<ElapsedMs>{0});
}

TEST_CASE("a shut-down queue drops its keys and timers") {
  Fixture f;
  f.queue.Add("a");
  f.queue.AddAfter("b", 1'000);
  f.queue.ShutDown();
  f.queue.Add("c");
  f.executor.RunUntil(10'000);
  CHECK(f.runs.empty());
  CHECK(f.executor.pending() == 0);
}

TEST_CASE("a park hint finds its key's park while it lasts") {
  Fixture f;
  WorkQueue::ParkHint hint;
  f.queue.AddBatched("a", hint);
  f.executor.RunUntil(500);
  f.queue.AddBatched("a", hint);  // parked already: no later time
  CHECK(f.queue.ParkedUntil("a") == std::optional<ElapsedMs>(1'000));
  f.queue.AddAfter("a", 100, hint);  // an earlier time still moves it
  CHECK(f.queue.ParkedUntil("a") == std::optional<ElapsedMs>(600));
  f.executor.RunUntil(700);
  CHECK(f.runs == Fixture::Runs{{600, "a"}});
  f.queue.AddAfter("c", 1'000);   // takes the slot a's park left
  f.queue.AddBatched("a", hint);  // a's park is gone: parked anew
  CHECK(f.queue.ParkedUntil("a") == std::optional<ElapsedMs>(1'700));
  f.executor.RunUntil(2'000);
  CHECK(f.runs == Fixture::Runs{{600, "a"}, {1'700, "c"}, {1'700, "a"}});
}
