#include "sim/base/event_loop.h"

#include <catch2/catch.hpp>

using namespace jobsim;

TEST_CASE("tasks run in (time, sequence) order and move the clock") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  std::vector<std::string> ran;
  loop.At(20, [&] { ran.push_back("b@20"); });
  loop.At(10, [&] { ran.push_back("a@10"); });
  loop.At(20, [&] { ran.push_back("c@20"); });
  loop.Post([&] {
    ran.push_back("now");
    loop.Post([&] { ran.push_back("posted-by-now"); });
  });
  loop.RunUntil(15);
  CHECK(ran == std::vector<std::string>{"now", "posted-by-now", "a@10"});
  CHECK(clock.ElapsedNowMs() == 15);
  loop.RunUntil(100);
  CHECK(ran.back() == "c@20");
  CHECK(ran[3] == "b@20");
  CHECK(clock.ElapsedNowMs() == 100);
}

TEST_CASE("a cancelled task is skipped") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  int runs = 0;
  const auto id = loop.After(5, [&] { ++runs; });
  loop.After(6, [&] { ++runs; });
  loop.Cancel(id);
  loop.RunUntil(10);
  CHECK(runs == 1);
}

TEST_CASE("RunUntilCondition stops at the first task after which the condition holds") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  int value = 0;
  for (int i = 1; i <= 5; ++i) loop.At(i * 100, [&] { ++value; });
  CHECK(loop.RunUntilCondition(1000, [&] { return value == 3; }));
  CHECK(clock.ElapsedNowMs() == 300);
  CHECK(!loop.RunUntilCondition(400, [&] { return value == 10; }));
  CHECK(clock.ElapsedNowMs() == 400);
}

TEST_CASE("a task posted at time t runs after every task scheduled earlier for t") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  std::vector<std::string> ran;
  loop.At(20, [&] {
    ran.push_back("x@20");
    loop.Post([&] { ran.push_back("posted-by-x"); });
    loop.Cancel(loop.After(0, [&] { ran.push_back("cancelled"); }));
  });
  loop.At(20, [&] { ran.push_back("z@20"); });
  loop.At(10, [&] { loop.At(20, [&] { ran.push_back("y@20, scheduled at 10"); }); });
  loop.RunUntil(30);
  CHECK(ran == std::vector<std::string>{"x@20", "z@20", "y@20, scheduled at 10", "posted-by-x"});
}

TEST_CASE("a running task keeps its captures while it schedules many more") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  int later_runs = 0;
  std::string seen;
  loop.Post([&, name = std::string("a capture long enough to live on the heap")] {
    for (int i = 0; i < 1000; ++i) loop.After(i, [&] { ++later_runs; });
    seen = name;  // read after the loop made room for a thousand tasks
  });
  loop.RunUntil(2000);
  CHECK(seen == "a capture long enough to live on the heap");
  CHECK(later_runs == 1000);
  CHECK(loop.NextDueMs() == -1);
}

namespace {
// Notes, in the order they happen, "run X", and "warm X stage" requests.
struct Traced {
  std::vector<std::string>* log;
  std::string name;
  void operator()() const { log->push_back("run " + name); }
  void Warm(int stage) const { log->push_back("warm " + name + " " + std::to_string(stage)); }
};
}  // namespace

TEST_CASE("before a task runs, the next one is warmed at stage 1 and the one after at stage 0") {
  VirtualClock clock(0);
  EventLoop loop(clock);
  std::vector<std::string> log;
  auto traced = [&](std::string name) { return Traced{&log, std::move(name)}; };
  SECTION("timers in the heap, in (time, sequence) order whatever order they were scheduled in") {
    loop.At(7, traced("x"));
    loop.At(6, traced("y"));
    loop.At(8, traced("z"));
    loop.At(5, traced("w"));
    loop.At(6, traced("v"));
    loop.RunUntil(6);
    CHECK(log == std::vector<std::string>{
                     "warm v 0", "warm y 1", "run w",  // next: y (6, first), then v (6), x, z
                     "warm x 0", "warm v 1", "run y",  //
                     "warm z 0", "warm x 1", "run v",  // x and z are due after the run's end: warmed all the same
                 });
  }
  SECTION("a posted task comes after the timers already due with it") {
    loop.At(5, traced("b"));
    loop.At(5, [&] {
      log.push_back("run a");
      loop.Post(traced("p"));
    });
    loop.At(5, traced("c"));
    loop.At(9, traced("d"));
    loop.RunUntil(10);
    CHECK(log == std::vector<std::string>{
                     "warm c 0", "run b",              // a, next, is a lambda without Warm
                     "warm d 0", "warm c 1", "run a",  // a posts p
                     "warm d 0", "warm p 1", "run c",  // p, posted at 5, comes before d
                     "warm d 1", "run p",              //
                     "run d",
                 });
  }
}
