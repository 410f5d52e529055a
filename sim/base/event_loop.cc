#include "sim/base/event_loop.h"

#include <algorithm>
#include <cassert>

namespace jobsim {

EventLoop::TaskId EventLoop::At(ElapsedMs due_ms, Task&& task) {
  assert(due_ms >= clock_.ElapsedNowMs());
  const TaskId id = next_seq_++;
  const uint32_t slot = NewSlot();
  slots_[slot].FillEmpty(std::move(task));  // new and freed slots are empty
  const Key key{due_ms, id, slot};
  if (due_ms == clock_.ElapsedNowMs()) {
    now_.push_back(key);
  } else {
    later_.push_back(key);
    std::push_heap(later_.begin(), later_.end(), Later{});
  }
  return id;
}

uint32_t EventLoop::NewSlot() {
  if (!free_slots_.empty()) {
    const uint32_t slot = free_slots_.back();
    free_slots_.pop_back();
    return slot;
  }
  slots_.emplace_back();
  return static_cast<uint32_t>(slots_.size() - 1);
}

const EventLoop::Key* EventLoop::Next() const {
  if (now_.empty()) return later_.empty() ? nullptr : &later_.front();
  if (later_.empty() || now_.front() < later_.front()) return &now_.front();
  return &later_.front();
}

// Removes key, which Next() returned; returns its slot, still holding the task.
uint32_t EventLoop::Pop(const Key& key) {
  const uint32_t slot = key.slot;
  if (!now_.empty() && &key == &now_.front()) {
    now_.pop_front();
  } else {
    std::pop_heap(later_.begin(), later_.end(), Later{});
    later_.pop_back();
  }
  return slot;
}

size_t EventLoop::Upcoming(const Key* (&ahead)[kLookahead]) const {
  const size_t from_now = std::min(now_.size(), kLookahead);
  // Most often the next tasks are all posted ones: the heap's first is due later.
  if (later_.empty() || (from_now == kLookahead && now_[kLookahead - 1] < later_.front())) {
    for (size_t i = 0; i < from_now; ++i) ahead[i] = &now_[i];
    return from_now;
  }
  // The heap's smallest keys are found as a walk from its root: the next
  // smallest is always a child of one taken already (a frontier of at most
  // kLookahead + 1 positions).
  size_t frontier[kLookahead + 1];
  size_t frontier_size = 1;
  frontier[0] = 0;
  size_t known = 0;
  size_t now_taken = 0;
  while (known < kLookahead) {
    size_t best = frontier_size;  // the frontier's smallest, or none
    for (size_t i = 0; i < frontier_size; ++i) {
      if (best == frontier_size || later_[frontier[i]] < later_[frontier[best]]) best = i;
    }
    const bool now_left = now_taken < now_.size();
    if (best == frontier_size && !now_left) break;
    if (now_left && (best == frontier_size || now_[now_taken] < later_[frontier[best]])) {
      ahead[known++] = &now_[now_taken++];
      continue;
    }
    const size_t taken = frontier[best];
    ahead[known++] = &later_[taken];
    frontier[best] = frontier[--frontier_size];
    for (size_t child = 2 * taken + 1; child <= 2 * taken + 2 && child < later_.size(); ++child) {
      frontier[frontier_size++] = child;
    }
  }
  return known;
}

void EventLoop::Free(uint32_t slot) {
  slots_[slot] = nullptr;
  free_slots_.push_back(slot);
}

ElapsedMs EventLoop::NextDueMs() {
  for (const Key* next = Next(); next; next = Next()) {
    auto it = cancelled_.find(next->seq);
    if (it == cancelled_.end()) return next->due_ms;
    cancelled_.erase(it);
    Free(Pop(*next));
  }
  return -1;
}

bool EventLoop::RunOne(ElapsedMs until_ms) {
  const ElapsedMs due = NextDueMs();
  if (due < 0 || due > until_ms) return false;
  const uint32_t slot = Pop(*Next());
  clock_.AdvanceTo(due);
  ++tasks_run_;
  // The next tasks were most likely queued long ago, their slots and what
  // they read out of the cache by now: a software pipeline fetches the slot
  // of the third task ahead, and has the second and the first warm what they
  // will read (stages 0 and 1, task.h), while this one runs. (Deeper
  // pipelines, with the watchers warming their own tables, were slower.)
  const Key* ahead[kLookahead];
  const size_t known = Upcoming(ahead);
  if (known > kWarmStages) {
    const char* line = reinterpret_cast<const char*>(&slots_[ahead[kWarmStages]->slot]);
    __builtin_prefetch(line);
    __builtin_prefetch(line + sizeof(Task) - 1);
  }
  for (size_t i = std::min<size_t>(known, kWarmStages); i-- > 0;) {
    slots_[ahead[i]->slot].Warm(static_cast<int>(kWarmStages - 1 - i));
  }
  // Run in place: the tasks it schedules take other slots, and slots never move.
  slots_[slot]();
  Free(slot);
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
