#include "server/simulation_thread.h"

#include <algorithm>
#include <chrono>

#include "server/limits.h"

namespace jobsim::server {

void SimulationThread::Submit(Request request, Reply reply) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    inbox_.push_back(Work{std::move(request), std::move(reply)});
  }
  wake_.notify_one();
}

void SimulationThread::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
}

int64_t SimulationThread::IdleMs() {
  const ElapsedMs due = api_.NextDueMs();
  const int64_t delay = due < 0 ? kMaxIdleSleepMs : pacer_.RealDelayMs(due);
  return delay < 0 ? kMaxIdleSleepMs : std::min(delay, kMaxIdleSleepMs);
}

void SimulationThread::Run() {
  int64_t next_tick_ms = kBookmarkIntervalMs;
  while (true) {
    api_.CatchUp();
    std::deque<Work> work;
    {
      std::unique_lock<std::mutex> lock(mu_);
      if (stop_) return;
      work.swap(inbox_);
    }
    for (Work& w : work) w.reply(api_.Handle(w.request));
    if (pacer_.RealElapsedMs() >= next_tick_ms) {
      api_.Tick();
      next_tick_ms = pacer_.RealElapsedMs() + kBookmarkIntervalMs;
    }
    if (!work.empty()) continue;  // a write may have queued tasks due now
    std::unique_lock<std::mutex> lock(mu_);
    wake_.wait_for(lock, std::chrono::milliseconds(IdleMs()), [&] { return stop_ || !inbox_.empty(); });
  }
}

}  // namespace jobsim::server
