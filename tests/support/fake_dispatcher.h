// A Dispatcher for unit tests: queued tasks run only when the test says so.
#pragma once

#include <deque>
#include <functional>

#include "fakeapi/store.h"

namespace jobsim::test {

class QueueDispatcher : public api::Dispatcher {
 public:
  void Post(Task task) override { tasks_.push_back(std::move(task)); }
  // Timers are not modelled here: a delayed task is kept but never run.
  TimerId After(int64_t delay_ms, Task task) override {
    delayed_.push_back(std::move(task));
    return delayed_.size();
  }
  void Cancel(TimerId) override {}
  void RunAll() {
    while (!tasks_.empty()) {
      auto task = std::move(tasks_.front());
      tasks_.pop_front();
      task();
    }
  }

 private:
  std::deque<Task> tasks_;
  std::deque<Task> delayed_;
};

}  // namespace jobsim::test
