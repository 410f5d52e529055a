// One pod's life on a node: the kubelet's pod worker, pod sync and container
// runtime in one state machine on the virtual clock.
//
//   first sync     Pending status (ContainerCreating), startTime, hostIP;
//                  the sandbox then exists (podIP, PodReadyToStartContainers)
//   per container  image (Pulling/Pulled, or "already present"), Created,
//                  containerStart later Started (status Running) or the era's
//                  start failure; init containers one after another, regular
//                  containers one after another as SyncPod starts them
//   exit           terminated state, log, then the restart decision:
//                  restartPolicy + CrashBackoff (sim/node/crash_backoff.h);
//                  while held back, a BackOff event and a CrashLoopBackOff
//                  waiting state on every retry sync (sync_retry_ms)
//   completion     all regular containers done: sidecars are stopped, the
//                  phase becomes terminal, the sandbox goes
//   deletion       Killing each running container and SIGTERM: the program
//                  exits as its SIGTERM handling says, or is killed with 137
//                  at the end of the grace period (min 2 s;
//                  sim/node/graceful_stop.h); then the final status and a
//                  delete with grace 0
//   deadline       activeDeadlineSeconds after startTime: Failed with reason
//                  DeadlineExceeded, event, containers stopped
//   API cut off    (NodeContext::api_reachable) the containers go on; status
//                  writes and the final delete wait for Reconnect, which
//                  writes the status and then takes the pod as the API has it
//
// Every status write goes through Store::PatchPodStatus (the status subresource) and
// regenerates the whole kubelet-owned status (sim/node/pod_status_builder.h),
// but for the container status lists, built again only after a record changed.
// Timers are guarded by a per-container epoch, so a kill or a deletion
// cancels what a container had pending.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "sim/node/container_record.h"
#include "sim/node/crash_backoff.h"
#include "sim/node/node_context.h"
#include "sim/node/pod_status_builder.h"

namespace jobsim::sim {

class PodWorker : public std::enable_shared_from_this<PodWorker> {
 public:
  // on_finished(pod uid) runs (posted) once the worker has nothing left to
  // do. Handed the uid rather than holding a copy: one callback serves every
  // worker of a node, and stays small enough to be held without an allocation.
  using OnFinished = std::function<void(std::string_view uid)>;
  PodWorker(NodeContext& node, std::shared_ptr<const api::Pod> pod, OnFinished on_finished);
  PodWorker(const PodWorker&) = delete;
  PodWorker& operator=(const PodWorker&) = delete;

  // The first sync.
  void Start();
  // A newer version of the pod from the watch (deletion, deadline change).
  void Update(std::shared_ptr<const api::Pod> pod);
  // The pod is gone from the API: forget everything.
  void Stop() { stopped_ = true; }
  // The API server is reachable again: the kubelet's status is written (what
  // was kept back, and over what others wrote, such as Ready=False), then the
  // pod as the API has it now is taken as an update (a deletion the kubelet
  // missed); a pod that finished meanwhile and has been deleted is deleted
  // for good.
  void Reconnect();
  // A pass of the kubelet's container GC (container_gc_syncs_unstarted):
  // removes the dead instances sim/node/container_gc.h names; when one of
  // them never started, the PLEG reports it dead and the pod is synced now.
  void CollectGarbage();
  // Fault: a running container exits now with exit_code (reason empty: Completed/Error).
  api::Status KillContainer(const std::string& container, int32_t exit_code, const std::string& reason);

  const api::Pod& pod() const { return *pod_; }

 private:
  enum class Stage {
    kIdle,      // never started
    kStarting,  // pulling, created, being started
    kRunning,
    kStopping,  // Killing sent, waiting for the exit
    kBackOff,   // exited, a restart is pending (back-off or retry sync)
    kDone,      // exited for good, or never to start
  };
  struct DeadInstance {
    UnixMs created_at = 0;
    bool never_started = false;  // docker's "Created": unknown to the 1.3 PLEG
  };
  struct Track {
    Track(ContainerRecord r, const KubeletRules& rules) : record(std::move(r)), backoff(rules) {}
    ContainerRecord record;
    CrashBackoff backoff;
    Stage stage = Stage::kIdle;
    uint64_t epoch = 0;         // bumped to cancel pending timers
    RunOutcome outcome;         // what the running process does
    bool ever_started = false;  // a sidecar lets the next init container start once it ran
    std::vector<DeadInstance> dead;  // not yet garbage-collected, oldest first (container_gc_syncs_unstarted)
    const NodeContext::ContainerTexts* texts = nullptr;  // its events' fieldPath and messages, the node's
    const NodeContext::NodeImage* image = nullptr;  // the node's names and event texts of its image
  };

  // Runs fn after delay_ms unless the track's epoch moved or the worker is done.
  // fn(PodWorker&, Track&) is held in the timer's task as it is (no std::function).
  template <class F>
  void AfterForTrack(int64_t delay_ms, size_t index, F fn);
  template <class F>
  struct TrackTimer;
  UnixMs Now() const { return node_.clock().NowUnixMs(); }

  void Advance();
  void StartContainer(Track& t);
  void Pull(Track& t);
  void NeverPull(Track& t);
  void Create(Track& t);
  void OnStarted(Track& t);
  void OnStartFailure(Track& t, const StartFailure& failure);
  void OnProcessExit(Track& t, int32_t exit_code, const std::string& reason);
  void OnExited(Track& t, bool start_failure);
  bool ShouldRestart(const Track& t) const;
  void RestartSync(Track& t);
  void HoldRestart(Track& t, int64_t delay_ms);
  void Settle();
  bool AllRegularDone() const;
  void BeginTermination(int64_t grace_ms);
  void StopContainer(Track& t, int64_t grace_ms);
  void CancelTrack(Track& t);
  void OnTerminationProgress();
  void FinishTermination();
  void SendFinal();
  void ArmDeadline();
  void OnDeadline();

  void WriteStatus();
  void WriteLog(const Track& t, const std::string& text);
  void Record(const Track& t, const std::string& type, const std::string& reason, const std::string& message);
  void RecordPod(const std::string& type, const std::string& reason, const std::string& message);
  // A Created or Started event (Normal): the node's text for the container
  // (NodeContext::Texts), or, where the era's message names the instance's
  // id (the text is then empty), the message made for it.
  using InstanceMessage = std::string (*)(const KubeletRules&, const std::string& container, std::string_view id);
  void RecordInstanceEvent(const Track& t, const std::string& reason, const std::string& node_text,
                           InstanceMessage message, const ContainerInstance& instance);
  const api::ObjectReference& Ref(const std::string& field_path);
  size_t IndexOf(const Track& t) const { return static_cast<size_t>(&t - tracks_.data()); }
  // The track's record, to change: its status is built again at the next write.
  ContainerRecord& Edit(Track& t) {
    statuses_.Invalidate(t.record.init);
    return t.record;
  }
  int64_t PodGraceMs() const;

  NodeContext& node_;
  std::shared_ptr<const api::Pod> pod_;
  const api::Cow<api::PodSpec> spec_;  // the spec whose containers the records refer to (not the whole version)
  const api::Uid uid_;  // kept in place: no allocation per pod
  api::PodLocator locator_;  // where the store keeps the pod, for every status write
  OnFinished on_finished_;
  std::vector<Track> tracks_;  // init containers in spec order, then regular containers; never reallocated
  std::vector<const ContainerRecord*> records_;  // those of tracks_ (init ones first), for the status
  ContainerStatusLists statuses_;  // of the records, as last written; every change of a record goes through Edit
  // What its status is generated from but the records and the stored pod:
  // host and pod IPs, start time, sandbox, terminal, eviction; kept between
  // writes rather than copied into an input per write.
  PodStatusInput status_input_;
  bool terminating_ = false;  // stopping everything (deletion, deadline or completion)
  bool deleting_ = false;     // ... because the pod was deleted
  bool finished_ = false;
  bool stopped_ = false;
  bool final_unsent_ = false;  // the final delete and the retirement wait for the API server
  uint64_t deadline_epoch_ = 0;
  // The recorder's, of the identity of the pod's references (which never
  // changes); last, so that it moves no member the hot paths read onto
  // another cache line.
  api::InvolvedMemo ref_memo_;
};

}  // namespace jobsim::sim
