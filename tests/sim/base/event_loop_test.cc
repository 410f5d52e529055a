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
