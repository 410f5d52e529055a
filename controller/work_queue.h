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
#include <vector>

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

  // Where a key's park was last found, kept with the key by a caller that
  // parks it again and again: the Job controller parks its Job's key at every
  // pod event, nearly always while the key is parked already (a no-op), and
  // looking the key up was ~150 instructions of each. Only a hint: a park
  // gone since is looked up by key. One hint serves one key only.
  struct ParkHint {
    uint32_t slot = UINT32_MAX;
    Executor::TimerId timer = 0;  // the park's own: no other park has it
  };

  void Add(std::string_view key);
  // delay_ms <= 0 is Add.
  void AddAfter(std::string_view key, int64_t delay_ms);
  // REQUIRES: hint was only ever passed with this key.
  void AddAfter(std::string_view key, int64_t delay_ms, ParkHint& hint);
  void AddBatched(std::string_view key) { AddAfter(key, options_.batch_period_ms); }
  void AddBatched(std::string_view key, ParkHint& hint) { AddAfter(key, options_.batch_period_ms, hint); }
  void AddRateLimited(const std::string& key);
  void Forget(const std::string& key) { failures_.erase(key); }
  int32_t NumRequeues(const std::string& key) const;

  // Drops every key and cancels every timer; later adds are ignored.
  void ShutDown();

  // When a parked key becomes ready (elapsed ms), if it is parked.
  std::optional<ElapsedMs> ParkedUntil(const std::string& key) const;

 private:
  // A park, in a slot that is reused once the park is gone (fired, moved
  // earlier or shut down); its key is kept apart (park_keys_), so that the
  // 16 bytes a hint reads share their cache line with three other parks.
  struct Parked {
    ElapsedMs ready_at_ms = -1;  // -1: a free slot
    Executor::TimerId timer = 0;
  };
  // Parks key until ready_at_ms, or keeps its park when that is not later;
  // hint ends at the key's park.
  void Park(std::string_view key, ElapsedMs ready_at_ms, int64_t delay_ms, ParkHint& hint);
  void Unpark(uint32_t slot);
  void OnParkedReady(uint32_t slot);
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
  std::vector<Parked> parks_;             // by slot
  std::vector<std::string> park_keys_;    // by slot
  std::vector<uint32_t> free_parks_;      // slots to reuse
  std::unordered_map<std::string, uint32_t, StringKeyHash, StringKeyEqual> parked_;  // the slot of each parked key
  std::unordered_map<std::string, int32_t, StringKeyHash, StringKeyEqual> failures_;
  std::optional<Executor::TimerId> worker_task_;
  bool shut_down_ = false;
};

}  // namespace jobsim::controller
