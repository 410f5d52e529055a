#include "controller/work_queue.h"

#include <algorithm>

namespace jobsim::controller {

WorkQueue::WorkQueue(Executor& executor, const Clock& clock, WorkQueueOptions options, Handler handler)
    : executor_(executor), clock_(clock), options_(options), handler_(std::move(handler)) {}

WorkQueue::~WorkQueue() { ShutDown(); }

void WorkQueue::Add(std::string_view key) {
  if (shut_down_ || dirty_.count(key)) return;
  dirty_.emplace(key);
  if (processing_.count(key)) return;  // re-queued when the current run ends
  queue_.emplace_back(key);
  ScheduleWorker();
}

void WorkQueue::AddAfter(std::string_view key, int64_t delay_ms) {
  ParkHint hint;
  AddAfter(key, delay_ms, hint);
}

void WorkQueue::AddAfter(std::string_view key, int64_t delay_ms, ParkHint& hint) {
  if (shut_down_) return;
  if (delay_ms <= 0) {
    Add(key);
    return;
  }
  const ElapsedMs ready_at = clock_.ElapsedNowMs() + delay_ms;
  if (hint.slot < parks_.size()) {
    const Parked& park = parks_[hint.slot];
    if (park.timer == hint.timer && park.ready_at_ms >= 0 && park.ready_at_ms <= ready_at) return;
  }
  Park(key, ready_at, delay_ms, hint);
}

void WorkQueue::Park(std::string_view key, ElapsedMs ready_at_ms, int64_t delay_ms, ParkHint& hint) {
  auto it = parked_.find(key);
  if (it != parked_.end()) {
    hint = {it->second, parks_[it->second].timer};
    if (parks_[it->second].ready_at_ms <= ready_at_ms) return;
    executor_.Cancel(parks_[it->second].timer);
    Unpark(it->second);
    parked_.erase(it);
  }
  uint32_t slot;
  if (free_parks_.empty()) {
    slot = static_cast<uint32_t>(parks_.size());
    parks_.emplace_back();
    park_keys_.emplace_back();
  } else {
    slot = free_parks_.back();
    free_parks_.pop_back();
  }
  Parked& park = parks_[slot];
  park_keys_[slot] = key;
  park.ready_at_ms = ready_at_ms;
  park.timer = executor_.After(delay_ms, [this, slot] { OnParkedReady(slot); });
  parked_.emplace(park_keys_[slot], slot);
  hint = {slot, park.timer};
}

void WorkQueue::Unpark(uint32_t slot) {
  parks_[slot].ready_at_ms = -1;
  free_parks_.push_back(slot);
}

void WorkQueue::AddRateLimited(const std::string& key) {
  const int32_t n = failures_[key]++;
  int64_t delay_ms = options_.backoff_initial_ms;
  for (int32_t i = 0; i < n && delay_ms < options_.backoff_max_ms; ++i) delay_ms *= 2;
  AddAfter(key, std::min(delay_ms, options_.backoff_max_ms));
}

int32_t WorkQueue::NumRequeues(const std::string& key) const {
  auto it = failures_.find(key);
  return it == failures_.end() ? 0 : it->second;
}

void WorkQueue::ShutDown() {
  shut_down_ = true;
  for (const auto& [key, slot] : parked_) executor_.Cancel(parks_[slot].timer);
  if (worker_task_) executor_.Cancel(*worker_task_);
  worker_task_.reset();
  parked_.clear();
  parks_.clear();
  park_keys_.clear();
  free_parks_.clear();
  queue_.clear();
  dirty_.clear();
  failures_.clear();
}

std::optional<ElapsedMs> WorkQueue::ParkedUntil(const std::string& key) const {
  auto it = parked_.find(key);
  if (it == parked_.end()) return std::nullopt;
  return parks_[it->second].ready_at_ms;
}

// A park's timer fires only while the park is in its slot: a park moved
// earlier or shut down cancelled it.
void WorkQueue::OnParkedReady(uint32_t slot) {
  const std::string key = park_keys_[slot];
  parked_.erase(key);
  Unpark(slot);
  Add(key);
}

void WorkQueue::ScheduleWorker() {
  if (worker_task_ || queue_.empty() || shut_down_) return;
  worker_task_ = executor_.After(0, [this] { RunWorker(); });
}

// One key per task, so that watch events delivered in between reach the
// informer caches before the next sync.
void WorkQueue::RunWorker() {
  worker_task_.reset();
  if (queue_.empty()) return;
  const std::string key = queue_.front();
  queue_.pop_front();
  dirty_.erase(key);
  processing_.insert(key);
  const api::Status status = handler_(key);
  processing_.erase(key);
  if (shut_down_) return;
  if (status.ok()) {
    Forget(key);
  } else {
    AddRateLimited(key);
  }
  if (dirty_.count(key)) queue_.push_back(key);
  ScheduleWorker();
}

}  // namespace jobsim::controller
