// The controller's work queue: client-go's rate-limited delaying work queue
// rebuilt on the simulation's Executor.
//
//  - A key is queued at most once (de-duplication); Add of a queued key is a
//    no-op, Add of the key being processed re-queues it once that run is done.
//  - AddAfter parks a key until a ready time; a key parked twice keeps the
//    earlier time. Parking is independent of being queued: a key can be queued
//    now and parked for later, and then runs twice (as in client-go).
//  - AddBatched parks for the batch period (pod events, status-only Job
//    updates); 0 means immediate.
//  - AddRateLimited parks for initial * 2^(n-1) capped at max, n counting the
//    key's consecutive failures (ItemExponentialFailureRateLimiter); a
//    successful run forgets them.
//
// One worker: each queued key runs as its own Executor task, in FIFO order,
// never two at once. (kube-controller-manager runs 5 workers for Jobs; with a
// single simulation thread a second worker would change nothing but the order.)
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "fakeapi/status.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::controller {

struct WorkQueueOptions {
  int64_t batch_period_ms = 1'000;
  int64_t backoff_initial_ms = 1'000;
  int64_t backoff_max_ms = 60'000;
};

class WorkQueue {
 public:
  // The handler processes one key; an error status re-queues it rate-limited.
  using Handler = std::function<api::Status(const std::string& key)>;

  WorkQueue(Executor& executor, const Clock& clock, WorkQueueOptions options, Handler handler);
  ~WorkQueue();
  WorkQueue(const WorkQueue&) = delete;
  WorkQueue& operator=(const WorkQueue&) = delete;

  void Add(std::string_view key);
  // delay_ms <= 0 is Add.
  void AddAfter(std::string_view key, int64_t delay_ms);
  void AddBatched(std::string_view key) { AddAfter(key, options_.batch_period_ms); }
  void AddRateLimited(const std::string& key);
  void Forget(const std::string& key) { failures_.erase(key); }
  int32_t NumRequeues(const std::string& key) const;

  // Drops every key and cancels every timer; later adds are ignored.
  void ShutDown();

  // When a parked key becomes ready (elapsed ms), if it is parked.
  std::optional<ElapsedMs> ParkedUntil(const std::string& key) const;

 private:
  struct Parked {
    ElapsedMs ready_at_ms;
    Executor::TimerId timer;
  };
  void OnParkedReady(const std::string& key);
  void ScheduleWorker();
  void RunWorker();

  Executor& executor_;
  const Clock& clock_;
  WorkQueueOptions options_;
  Handler handler_;
  // The FIFO order lives in queue_ alone: the rest are looked up by key (and
  // parked_ cancelled all at once on shut-down, in an order nobody sees).
  std::deque<std::string> queue_;
  std::unordered_set<std::string, StringKeyHash, StringKeyEqual> dirty_;
  std::unordered_set<std::string, StringKeyHash, StringKeyEqual> processing_;
  std::unordered_map<std::string, Parked, StringKeyHash, StringKeyEqual> parked_;
  std::unordered_map<std::string, int32_t, StringKeyHash, StringKeyEqual> failures_;
  std::optional<Executor::TimerId> worker_task_;
  bool shut_down_ = false;
};

}  // namespace jobsim::controller
