#include "controller/ttl_after_finished_controller.h"

#include "controller/ttl_after_finished.h"

namespace jobsim::controller {
namespace {

// workqueue.DefaultControllerRateLimiter's per-item back-off: 5 ms doubling to 1000 s.
constexpr int64_t kBackoffInitialMs = 5;
constexpr int64_t kBackoffMaxMs = 1'000'000;

}  // namespace

TtlAfterFinishedController::TtlAfterFinishedController(api::Store& store, Executor& executor, const Clock& clock,
                                                       TtlJobClient* client)
    : store_(store),
      clock_(clock),
      store_client_(store),
      client_(client ? client : &store_client_),
      queue_(std::make_unique<WorkQueue>(executor, clock, WorkQueueOptions{0, kBackoffInitialMs, kBackoffMaxMs},
                                         [this](const std::string& key) { return ProcessJob(key); })) {}

TtlAfterFinishedController::~TtlAfterFinishedController() { Stop(); }

void TtlAfterFinishedController::Start() {
  watches_.push_back(store_.Watch<api::Job>([this](const api::WatchEvent<api::Job>& e) { OnJobEvent(e); }));
  std::vector<std::shared_ptr<const api::Job>> jobs;
  store_.List(api::ListOptions{}, jobs);
  for (const auto& job : jobs) {
    if (!job->spec.ttl_seconds_after_finished) continue;
    jobs_[api::ObjectKey(job->metadata)] = job;
    EnqueueIfNeeded(*job);
  }
}

void TtlAfterFinishedController::Stop() {
  for (api::Store::WatchId id : watches_) store_.StopWatch(id);
  watches_.clear();
  queue_->ShutDown();
  jobs_.clear();
}

// addJob / updateJob; a deleted Job only leaves the cache. The cache keeps
// only Jobs with a TTL: a sync of one without reads it to do nothing, as it
// does for a Job it cannot find, and most Jobs have none (a Job controller
// status write is a Job event here too).
void TtlAfterFinishedController::OnJobEvent(const api::WatchEvent<api::Job>& event) {
  const bool keep = event.type != api::WatchType::kDeleted && event.object->spec.ttl_seconds_after_finished;
  if (!keep && jobs_.empty()) return;
  const std::string key = api::ObjectKey(event.object->metadata);
  if (!keep) {
    jobs_.erase(key);
    return;
  }
  jobs_[key] = event.object;
  EnqueueIfNeeded(*event.object);
}

void TtlAfterFinishedController::EnqueueIfNeeded(const api::Job& job) {
  if (NeedsTtlCleanup(job)) queue_->Add(api::ObjectKey(job.metadata));
}

// processTTL: requeues a Job that expires later; expired says whether it has.
api::Status TtlAfterFinishedController::ProcessTtl(const std::string& key, const api::Job& job, bool& expired) {
  const TtlDecision decision = DecideTtl(job, clock_.NowUnixMs());
  expired = decision.action == TtlAction::kDeleteNow;
  if (decision.action == TtlAction::kError) return api::Status::InternalError(decision.error);
  if (decision.action == TtlAction::kRequeueAfter) queue_->AddAfter(key, decision.after_ms);
  return api::Status::Ok();
}

// processJob: an expired Job is checked again on a fresh read (its TTL may
// have changed since the cache saw it) before the DELETE.
api::Status TtlAfterFinishedController::ProcessJob(const std::string& key) {
  auto it = jobs_.find(key);
  if (it == jobs_.end()) return api::Status::Ok();
  bool expired = false;
  if (api::Status st = ProcessTtl(key, *it->second, expired); !st.ok() || !expired) return st;
  const std::shared_ptr<const api::Job> fresh = client_->Get(it->second->metadata.namespace_, it->second->metadata.name);
  if (!fresh) return api::Status::Ok();
  if (api::Status st = ProcessTtl(key, *fresh, expired); !st.ok() || !expired) return st;
  return client_->DeleteForeground(fresh->metadata.namespace_, fresh->metadata.name, fresh->metadata.uid.str());
}

}  // namespace jobsim::controller
