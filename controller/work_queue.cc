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
  if (shut_down_) return;
  if (delay_ms <= 0) {
    Add(key);
    return;
  }
  const ElapsedMs ready_at = clock_.ElapsedNowMs() + delay_ms;
  auto it = parked_.find(key);
  if (it != parked_.end()) {
    if (it->second.ready_at_ms <= ready_at) return;
    executor_.Cancel(it->second.timer);
    parked_.erase(it);
  }
  std::string owned(key);
  const Executor::TimerId timer = executor_.After(delay_ms, [this, owned] { OnParkedReady(owned); });
  parked_.emplace(std::move(owned), Parked{ready_at, timer});
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
  for (const auto& [key, parked] : parked_) executor_.Cancel(parked.timer);
  if (worker_task_) executor_.Cancel(*worker_task_);
  worker_task_.reset();
  parked_.clear();
  queue_.clear();
  dirty_.clear();
  failures_.clear();
}

std::optional<ElapsedMs> WorkQueue::ParkedUntil(const std::string& key) const {
  auto it = parked_.find(key);
  if (it == parked_.end()) return std::nullopt;
  return it->second.ready_at_ms;
}

void WorkQueue::OnParkedReady(const std::string& key) {
  parked_.erase(key);
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
