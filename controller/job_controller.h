// The Job controller (pkg/controller/job/job_controller.go): informer caches
// fed by Store watches, the event handlers that turn pod and Job changes into
// queued Job keys, and syncJob as a short pipeline of named steps over one
// SyncContext:
//
//   LoadJob -> ClaimPods -> ClassifyPods -> SetStartTime -> EvaluateFailure
//           -> TerminateActivePods | ManagePods (+ completion, Suspended)
//           -> FlushStatus (finalizer tracking, or the legacy single write)
//
// Each rule lives in the file named after it: expectations, backoff,
// active_pods_order, pod_adoption, pod_classification, terminal_state,
// manage_job, tracking, conditions, pod_control. What the controller does in a
// given Kubernetes version comes from ControllerRules only.
//
// Everything runs on the simulation's Executor: watch events arrive as tasks,
// each queued key is synced in its own task, timers are Executor timers.
// Stop() loses the in-memory state (expectations, back-off records), as a real
// controller restart does.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "controller/backoff.h"
#include "controller/expectations.h"
#include "controller/job_client.h"
#include "controller/pod_adoption.h"
#include "controller/pod_control.h"
#include "controller/rules.h"
#include "controller/sync_context.h"
#include "controller/tracking.h"
#include "controller/work_queue.h"
#include "fakeapi/event_recorder.h"
#include "fakeapi/object_index.h"
#include "fakeapi/store.h"
#include "sim/base/clock.h"
#include "sim/base/executor.h"
#include "sim/base/string_key_hash.h"

namespace jobsim::controller {

// Warning of job_controller.go for a completionMode the controller does not know.
inline constexpr const char* kUnknownCompletionModeReason = "UnknownCompletionMode";
inline constexpr const char* kUnknownCompletionModeMessage = "Skipped Job sync because completion mode is unknown";

class JobController {
 public:
  JobController(api::Store& store, Executor& executor, const Clock& clock, api::EventRecorder& events,
                ControllerRules rules);
  ~JobController();
  JobController(const JobController&) = delete;
  JobController& operator=(const JobController&) = delete;

  // Subscribes to Job and Pod watches, lists the existing objects into the
  // caches and queues every Job.
  void Start();
  // Unsubscribes, cancels timers and forgets all in-memory state.
  void Stop();

  // ---- Test hooks: drive one sync against hand-placed cache contents. ----
  void TEST_PutJob(const api::Job& job);
  void TEST_PutPod(const api::Pod& pod);
  Expectations& TEST_expectations() { return expectations_; }
  BackoffStore& TEST_backoff_store() { return backoff_; }
  const WorkQueue& TEST_queue() const { return *queue_; }
  // Runs syncJob(key) once with these seams instead of the Store-backed ones.
  api::Status TEST_SyncJob(const std::string& key, PodControl& pod_control, JobClient& job_client);

 private:
  // The Job cache. A Job comes with its cache key, which is also its
  // queue key ("<namespace>/<name>"), and what the controller keeps with it.
  struct CachedJob {
    std::shared_ptr<const api::Job> job;
    // Its selector (JobSelector), made at the first claim and kept while the
    // versions keep spec.selector (immutable for batch/v1): parsing it was
    // ~800 instructions of every sync.
    mutable std::optional<std::optional<api::Selector>> selector;
    // Where the work queue keeps the Job's key parked, as last found: each
    // event of its pods parks the key again (EnqueueBatched).
    mutable WorkQueue::ParkHint park_hint;
  };
  using JobCache = api::ObjectIndex<CachedJob>;
  using JobEntry = JobCache::Entry;

  // Informer: keep the caches, call the handlers.
  void OnJobEvent(const api::WatchEvent<api::Job>& event);
  void OnPodEvent(const api::WatchEvent<api::Pod>& event);
  void AddJob(const api::Job& job);
  // cached: job's entry of the Job cache, when at hand.
  void UpdateJob(const api::Job& old_job, const api::Job& job, const JobEntry* cached = nullptr);
  void DeleteJob(const api::Job& job);
  struct PodBucket;
  // bucket: the index bucket of the cached pod (null when not at hand).
  void AddPod(const api::Pod& pod, const PodBucket* bucket = nullptr);
  void UpdatePod(const api::Pod& old_pod, const api::Pod& pod, const PodBucket* bucket);
  void DeletePod(const api::Pod& pod, bool final_state);
  void ScheduleResync();

  // Lookups in the caches.
  // bucket: the pod's bucket of pods_by_controller_, if at hand; its Job
  // spares the lookup by uid.
  const JobEntry* ControllingJob(const api::Pod& pod, const PodBucket* bucket = nullptr) const;
  // The same with the pod's ControllerRef() at hand. REQUIRES: rules_.owner_references.
  const JobEntry* JobOfRef(const api::Pod& pod, const api::OwnerReference* ref, const PodBucket* bucket) const;
  // Points an entry of jobs_ (new: holding null) at job, and keeps jobs_by_uid_ in step.
  void CacheJob(JobCache::iterator entry, std::shared_ptr<const api::Job> job);
  void UncacheJob(JobCache::iterator entry);
  void UnindexJob(const JobEntry& entry);
  // Sets the job of uid's bucket of pods_by_controller_, if any, to jobs_by_uid_'s.
  void LinkBucketToJob(std::string_view uid);
  std::vector<const JobEntry*> SelectingJobs(const api::Pod& pod) const;
  PodRefs PodsInNamespace(const std::string& ns) const;
  // The pods a sync of this Job must look at: those it controls and the
  // namespace's orphans (upstream's controller-uid pod indexer), each in key
  // order; settled pods (CachedPod) are left out.
  ClaimCandidates CandidatesOf(const api::Job& job);
  // Leaves the claim's settled pods (ClaimPlan::settled, indexes into
  // CandidatesOf's controlled list) out of later claims until their next version.
  void Settle(const api::Job& job, const std::vector<size_t>& settled);
  // The same in one list, in key order.
  PodRefs CandidatePods(const api::Job& job);
  // One bucket of a secondary index of pods_: pods_'s keys and cached pods,
  // which stay where they are while the entry exists. A bucket of
  // pods_by_controller_ also holds jobs_by_uid_'s Job for its uid (null: none).
  struct CachedPod;
  using KeyedPod = std::pair<std::string_view, CachedPod*>;
  struct PodBucket {
    // In no order until a walk needs key order (SortedPods): a Job keeps all
    // its finished pods, and inserting each into a balanced tree of them cost
    // ~1.2% of the 1,000-Job benchmark's wall time in cold key compares.
    // A cached pod knows its place here, so it leaves in O(1).
    std::vector<KeyedPod> pods;
    bool pods_sorted = true;
    // The pods not settled, in key order: a claim walks only these. A Job's
    // finished pods stay in pods for good, and walking their scattered map
    // nodes on every sync was 2.6% of the 1,000-Job benchmark's wall time; a
    // Job has a few dozen unsettled pods at most, so a sorted array.
    std::vector<KeyedPod> claimable;
    const JobEntry* job = nullptr;
  };
  // Where a key is, or would go, in a bucket's claimable pods.
  static std::vector<KeyedPod>::iterator ClaimablePlace(std::vector<KeyedPod>& claimable, std::string_view key);
  using PodBuckets = std::unordered_map<std::string, PodBucket, StringKeyHash, StringKeyEqual>;
  // A cached pod and its bucket, which every event of the pod then reaches
  // without a lookup (buckets stay where they are while they exist).
  struct CachedPod {
    std::shared_ptr<const api::Pod> pod;
    PodBucket* bucket = nullptr;
    uint32_t place = 0;  // its index in bucket->pods
    // The last claim left this version out for good (ClaimPlan::settled): it
    // is out of its bucket's claimable map until a new version arrives.
    bool settled = false;
  };
  using PodCache = api::ObjectIndex<CachedPod>;
  // The buckets of pods the Job controls and of its namespace's orphans (empty when none).
  std::pair<PodBucket*, PodBucket*> BucketsOf(const api::Job& job);
  // The bucket's pods in key order (sorted in place when they are not).
  static const std::vector<KeyedPod>& SortedPods(PodBucket& bucket);
  // Points an entry of pods_ (new: holding null) at pod, and keeps the indexes in step.
  void CachePod(PodCache::iterator entry, std::shared_ptr<const api::Pod> pod);
  void UncachePod(PodCache::iterator entry);
  PodBuckets& IndexOf(const api::ObjectMeta& meta);
  void IndexPod(PodCache::iterator entry);
  void UnindexPod(PodCache::iterator entry);
  void EnqueueNow(const api::Job& job);
  void EnqueueBatched(std::string_view key);
  // The same for a cached Job, through its ParkHint.
  void EnqueueBatched(const JobEntry& job);
  void EnqueueOrphanPod(const api::Pod& pod);
  void CleanupPodFinalizers(const api::Job& job);

  // syncJob and its steps.
  api::Status SyncJob(const std::string& key);
  bool LoadJob(const std::string& key, SyncContext& ctx);
  api::Status ClaimPods(SyncContext& ctx);
  void ClassifyPods(SyncContext& ctx);
  void SetStartTime(SyncContext& ctx);
  void EvaluateFailure(SyncContext& ctx);
  void EvaluateFailedIndexes(SyncContext& ctx);
  void TerminateActivePods(SyncContext& ctx);
  void ManagePods(SyncContext& ctx);
  int32_t ManageJob(SyncContext& ctx);
  int32_t RemovePods(SyncContext& ctx, const std::vector<const api::Pod*>& pods);
  int32_t CreateMissingPods(SyncContext& ctx, int32_t missing);
  int32_t WaitForBackoff(const SyncContext& ctx, int64_t wait_ms);
  std::vector<int32_t> IndexesToCreate(const SyncContext& ctx, int32_t n) const;
  std::vector<api::Pod> PodsToCreate(const SyncContext& ctx, int32_t n, const std::vector<int32_t>& indexes) const;
  void UpdateSuspendedCondition(SyncContext& ctx);
  api::Status FlushStatus(SyncContext& ctx);
  api::Status FlushLegacyStatus(SyncContext& ctx);
  api::Status ManageError(const SyncContext& ctx) const;
  void JobFinished(const SyncContext& ctx);
  void RecordJobFinished(const SyncContext& ctx);
  api::Status SyncOrphanPod(const std::string& key);

  void MakeQueues();
  void ForgetState();

  api::Store& store_;
  Executor& executor_;
  const Clock& clock_;
  api::EventRecorder& events_;
  ControllerRules rules_;
  StorePodControl store_pod_control_;
  StoreJobClient store_job_client_;
  PodControl* pod_control_;
  JobClient* job_client_;

  JobCache jobs_;  // key: namespace/name
  // jobs_'s entries by Job uid, which every pod event's owner reference names
  // (upstream's informer looks the controller up by uid as well). Looked up only.
  std::unordered_map<std::string, const JobEntry*, StringKeyHash, StringKeyEqual> jobs_by_uid_;
  PodCache pods_;
  // Secondary indexes of pods_: by controller uid, and the orphans by
  // namespace (looked up only; a bucket lists its pods in key order).
  PodBuckets pods_by_controller_;
  PodBuckets orphans_by_namespace_;
  Expectations expectations_;
  FinalizerExpectations finalizer_expectations_;
  BackoffStore backoff_;
  // Jobs this controller finished whose update the informer has not delivered yet.
  api::SortedUids finished_uids_;
  std::unique_ptr<WorkQueue> queue_;
  std::unique_ptr<WorkQueue> orphan_queue_;  // pods whose tracking finalizer no Job will remove
  std::vector<api::Store::WatchId> watches_;
  std::optional<Executor::TimerId> resync_timer_;
  // The Job a sync works on (SyncContext::job), kept between syncs so that
  // the next copy reuses its allocations. Syncs never nest.
  api::Job sync_job_;
};

}  // namespace jobsim::controller
