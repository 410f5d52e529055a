// The TTL-after-finished controller (pkg/controller/ttlafterfinished): an
// actor of its own beside the Job controller. It watches Jobs through the
// Store (its informer), queues every finished Job with a TTL that is not
// being deleted, and when one expires reads it afresh and deletes it through
// its TtlJobClient with propagationPolicy Foreground and a uid precondition,
// so that the garbage collector removes the pods first and the Job last.
//
// Waiting is a timer at the expiry time on the virtual clock (the work
// queue's AddAfter), never polling. The decision itself is
// ttl_after_finished.h. Upstream runs 5 workers; here one (see work_queue.h).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "controller/ttl_job_client.h"
#include "controller/work_queue.h"
#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"

namespace jobsim::controller {

class TtlAfterFinishedController {
 public:
  // client: where deletions go (the Store's unless a test gives another).
  TtlAfterFinishedController(api::Store& store, Executor& executor, const Clock& clock,
                             TtlJobClient* client = nullptr);
  ~TtlAfterFinishedController();
  TtlAfterFinishedController(const TtlAfterFinishedController&) = delete;
  TtlAfterFinishedController& operator=(const TtlAfterFinishedController&) = delete;

  // Subscribes to Job watches and queues the Jobs that exist already.
  void Start();
  void Stop();

  const WorkQueue& TEST_queue() const { return *queue_; }

 private:
  void OnJobEvent(const api::WatchEvent<api::Job>& event);
  void EnqueueIfNeeded(const api::Job& job);
  api::Status ProcessJob(const std::string& key);
  api::Status ProcessTtl(const std::string& key, const api::Job& job, bool& expired);

  api::Store& store_;
  const Clock& clock_;
  StoreTtlJobClient store_client_;
  TtlJobClient* client_;
  std::map<std::string, std::shared_ptr<const api::Job>> jobs_;  // the informer cache (Jobs with a TTL), by namespace/name
  std::unique_ptr<WorkQueue> queue_;
  std::vector<api::Store::WatchId> watches_;
};

}  // namespace jobsim::controller
