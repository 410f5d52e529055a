#include "sim/base/event_loop.h"

#include <cassert>

namespace jobsim {

EventLoop::TaskId EventLoop::At(ElapsedMs due_ms, Task task) {
  assert(due_ms >= clock_.ElapsedNowMs());
  const TaskId id = next_seq_++;
  queue_.push(Entry{due_ms, id, std::move(task)});
  return id;
}

ElapsedMs EventLoop::NextDueMs() {
  while (!queue_.empty()) {
    auto it = cancelled_.find(queue_.top().seq);
    if (it == cancelled_.end()) return queue_.top().due_ms;
    cancelled_.erase(it);
    queue_.pop();
  }
  return -1;
}

bool EventLoop::RunOne(ElapsedMs until_ms) {
  const ElapsedMs due = NextDueMs();
  if (due < 0 || due > until_ms) return false;
  // Moving the task out of the heap before running it: the task may schedule more.
  Task task = std::move(const_cast<Entry&>(queue_.top()).task);
  queue_.pop();
  clock_.AdvanceTo(due);
  ++tasks_run_;
  task();
  return true;
}

void EventLoop::RunUntil(ElapsedMs until_ms) {
  while (RunOne(until_ms)) {
  }
  if (until_ms > clock_.ElapsedNowMs()) clock_.AdvanceTo(until_ms);
}

bool EventLoop::RunUntilCondition(ElapsedMs until_ms, const std::function<bool()>& stop) {
  if (stop()) return true;
  while (RunOne(until_ms)) {
    if (stop()) return true;
  }
  if (until_ms > clock_.ElapsedNowMs()) clock_.AdvanceTo(until_ms);
  return stop();
}

}  // namespace jobsim
