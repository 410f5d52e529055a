#include "sim/node/pod_worker.h"

#include <fmt/format.h>

#include <algorithm>

#include "sim/base/prefetch.h"
#include "sim/node/container_gc.h"
#include "sim/node/graceful_stop.h"
#include "sim/node/kubelet_messages.h"
#include "sim/node/pod_phase.h"

namespace jobsim::sim {
namespace {

constexpr int64_t kDefaultGraceSeconds = 30;

// The event types and reasons the worker records, as the strings the recorder
// takes: made once, not from a literal (with its strlen) per event.
const std::string kEvNormal = api::kEventNormal;
const std::string kEvWarning = api::kEventWarning;
const std::string kEvPulling = "Pulling";
const std::string kEvPulled = "Pulled";
const std::string kEvErrImageNeverPull = "ErrImageNeverPull";
const std::string kEvFailed = "Failed";
const std::string kEvCreated = "Created";
const std::string kEvStarted = "Started";
const std::string kEvFailedSync = "FailedSync";
const std::string kEvBackOff = "BackOff";
const std::string kEvKilling = "Killing";
const std::string kEvDeadlineExceeded = kDeadlineExceededReason;

std::string TerminatedReason(int32_t exit_code, const std::string& reason) {
  if (!reason.empty()) return reason;
  return exit_code == 0 ? "Completed" : "Error";
}

}  // namespace

PodWorker::PodWorker(NodeContext& node, std::shared_ptr<const api::Pod> pod, OnFinished on_finished)
    : node_(node),
      pod_(std::move(pod)),
      spec_(pod_->spec),
      uid_(pod_->metadata.uid),
      locator_(pod_->metadata.namespace_, pod_->metadata.name),
      on_finished_(std::move(on_finished)) {
  const KubeletRules& rules = node_.rules();
  auto add = [&](const api::Container& c, bool init) {
    const NodeContext::NodeImage& image = node_.Image(c.image);
    Track& t = tracks_.emplace_back(NewContainerRecord(c, init, image.names, rules), rules);
    t.image = &image;
    t.texts = &node_.Texts(c.name, init);
  };
  tracks_.reserve(spec_->init_containers.size() + spec_->containers.size());
  for (const auto& c : spec_->init_containers) add(c, true);
  for (const auto& c : spec_->containers) add(c, false);
  status_input_.memo = &node_.conditions_memo();
  status_input_.container_names = status_input_.memo->Names(spec_->init_containers, spec_->containers);
  records_.reserve(tracks_.size());
  for (const Track& t : tracks_) records_.push_back(&t.record);
  const std::span<const ContainerRecord* const> records(records_);
  const size_t init_count = spec_->init_containers.size();
  statuses_ = node_.first_statuses().Get(status_input_.container_names, records.first(init_count),
                                         records.subspan(init_count), rules);
}

// A track's step due later. Thousands fall due in one millisecond, each
// worker last touched long before: warmed ahead (sim/base/task.h), it fetches
// the worker and its counts first, then the pod version the step's status
// write copies and the track.
template <class F>
struct PodWorker::TrackTimer {
  std::weak_ptr<PodWorker> weak;
  const PodWorker* worker;  // the one weak points to: read by Warm only while it lives
  size_t index;
  uint64_t epoch;
  F fn;

  void operator()() const {
    auto self = weak.lock();
    if (!self || self->stopped_ || self->finished_) return;
    Track& t = self->tracks_[index];
    if (t.epoch == epoch) fn(*self, t);
  }
  void Warm(int stage) const {
    if (stage == 0) {
      PrefetchShared(worker);  // a prefetch never faults, even if the worker is gone
    } else if (!weak.expired()) {
      PrefetchShared(worker->pod_.get());
      PrefetchBlock(&worker->tracks_[index], 0, sizeof(Track));
    }
  }
};

template <class F>
void PodWorker::AfterForTrack(int64_t delay_ms, size_t index, F fn) {
  node_.executor().After(std::max<int64_t>(delay_ms, 0),
                         TrackTimer<F>{weak_from_this(), this, index, tracks_[index].epoch, std::move(fn)});
}

// ---- first sync and the start pipeline ----

void PodWorker::Start() {
  status_input_.start_time = ApiTime(Now());
  status_input_.host_ips = node_.HostIps();
  WriteStatus();  // before the sandbox: no pod IP yet
  status_input_.pod_ip = node_.NewPodIp(status_input_.host_ips[0]);
  status_input_.sandbox_ready = true;
  ArmDeadline();
  if (pod_->metadata.deletion_timestamp) {
    deleting_ = true;
    return BeginTermination(PodGraceMs());
  }
  Advance();
}

// SyncPod's choice of what to start: init containers one by one (a sidecar
// counts once it has started), then the regular containers, one start
// pipeline at a time.
void PodWorker::Advance() {
  if (terminating_) return;
  for (Track& t : tracks_) {
    if (!t.record.init) break;
    if (t.stage == Stage::kIdle) return StartContainer(t);
    const bool passed =
        t.record.sidecar ? t.ever_started : t.stage == Stage::kDone && t.record.newest()->exit_code == 0;
    if (!passed) return;
  }
  for (const Track& t : tracks_) {
    if (!t.record.init && t.stage == Stage::kStarting) return;
  }
  for (Track& t : tracks_) {
    if (!t.record.init && t.stage == Stage::kIdle) return StartContainer(t);
  }
}

void PodWorker::StartContainer(Track& t) {
  ++t.epoch;
  t.stage = Stage::kStarting;
  const std::string& policy = t.record.spec->image_pull_policy;
  const bool present = node_.HasImage(*t.record.image);
  if (policy == "Always" || (policy != "Never" && !present)) return Pull(t);
  if (!present) return NeverPull(t);
  Record(t, kEvNormal, kEvPulled, t.image->already_present);
  Create(t);
}

void PodWorker::Pull(Track& t) {
  Record(t, kEvNormal, kEvPulling, t.image->pulling);
  AfterForTrack(node_.timing().image_pull_ms, IndexOf(t), [](PodWorker& w, Track& t) {
    w.node_.AddImage(*t.record.image);
    w.Record(t, kEvNormal, kEvPulled, t.image->pulled);
    w.Create(t);
  });
}

// pullPolicy Never and the image is not on the node: ErrImageNeverPull, retried every sync.
void PodWorker::NeverPull(Track& t) {
  const std::string message = NeverPullMessage(t.record.spec->image);
  Record(t, kEvWarning, kEvErrImageNeverPull, message);
  Record(t, kEvWarning, kEvFailed, "Error: ErrImageNeverPull");
  Edit(t).waiting = api::ContainerStateWaiting{"ErrImageNeverPull", message};
  t.stage = Stage::kBackOff;
  WriteStatus();
  AfterForTrack(node_.rules().sync_retry_ms, IndexOf(t), [](PodWorker& w, Track& t) { w.StartContainer(t); });
}

void PodWorker::Create(Track& t) {
  const ContainerInstance& instance = AddInstance(Edit(t), node_.NewContainerId(), Now());
  RecordInstanceEvent(t, kEvCreated, t.texts->created, CreatedEventMessage, instance);
  AfterForTrack(node_.timing().container_start_ms, IndexOf(t), [](PodWorker& w, Track& t) {
    ContainerRun run = w.node_.runtime().NextRun(*w.pod_, *t.record.spec);
    if (run.start_failure) return w.OnStartFailure(t, *run.start_failure);
    t.outcome = run.outcome;
    w.OnStarted(t);
  });
}

void PodWorker::OnStarted(Track& t) {
  ContainerRecord& record = Edit(t);
  ContainerInstance& instance = *record.newest();
  instance.state = ContainerInstance::State::kRunning;
  instance.started_at = Now();
  t.stage = Stage::kRunning;
  t.ever_started = true;
  record.waiting.reset();
  record.will_restart = false;
  RecordInstanceEvent(t, kEvStarted, t.texts->started, StartedEventMessage, instance);
  // A server's output is there while it runs; a batch program's when it ends.
  WriteLog(t, t.outcome.runs_forever ? t.outcome.stdout_text : "");
  if (!t.outcome.runs_forever) {
    AfterForTrack(t.outcome.runs_ms, IndexOf(t), [](PodWorker& w, Track& t) {
      // Its start made the instance's log: an exit without output adds nothing to it.
      if (!t.outcome.stdout_text.empty()) w.WriteLog(t, t.outcome.stdout_text);
      w.OnProcessExit(t, t.outcome.exit_code, t.outcome.reason);
    });
  }
  WriteStatus();
  Advance();
}

void PodWorker::OnStartFailure(Track& t, const StartFailure& failure) {
  const KubeletRules& rules = node_.rules();
  ContainerInstance& instance = *Edit(t).newest();
  instance.state = ContainerInstance::State::kExited;
  instance.exit_code = failure.exit_code;
  instance.reason = failure.reason;
  instance.message = failure.message;
  instance.started_at = failure.times_at_creation ? instance.created_at : 0;
  instance.finished_at = failure.times_at_creation ? instance.created_at : Now();
  ++t.epoch;
  const std::string& name = t.record.spec->name;
  Record(t, kEvWarning, kEvFailed, StartFailedEventMessage(rules, name, instance.id(), failure));
  const std::string waiting = RunContainerErrorMessage(rules, instance.id(), failure);
  if (rules.failed_sync_events) {
    RecordPod(kEvWarning, kEvFailedSync, FailedSyncMessage(name, "RunContainerError", waiting));
  }
  Edit(t).waiting = api::ContainerStateWaiting{"RunContainerError", waiting};
  t.stage = Stage::kBackOff;  // exited; OnExited decides what follows
  Advance();                  // SyncPod goes on with the next container
  OnExited(t, /*start_failure=*/true);
}

// ---- exits and restarts ----

void PodWorker::OnProcessExit(Track& t, int32_t exit_code, const std::string& reason) {
  ContainerInstance& instance = *Edit(t).newest();
  instance.state = ContainerInstance::State::kExited;
  instance.exit_code = exit_code;
  instance.reason = TerminatedReason(exit_code, reason);
  instance.finished_at = Now();
  ++t.epoch;  // the natural exit and the SIGKILL cancel each other
  OnExited(t, /*start_failure=*/false);
}

void PodWorker::OnExited(Track& t, bool start_failure) {
  if (node_.rules().container_gc_syncs_unstarted) t.dead.push_back({t.record.newest()->created_at, start_failure});
  if (terminating_) {
    t.stage = Stage::kDone;
    return OnTerminationProgress();
  }
  Edit(t).will_restart = ShouldRestart(t);
  if (!t.record.will_restart) {
    t.stage = Stage::kDone;
    if (t.record.init && !t.record.sidecar && t.record.newest()->exit_code == 0) {
      WriteStatus();
      return Advance();
    }
    return Settle();
  }
  t.stage = Stage::kBackOff;
  if (start_failure && !node_.rules().pleg_sees_start_failures) {
    // No lifecycle event: the next sync is the pod worker's error requeue.
    WriteStatus();
    return HoldRestart(t, node_.rules().sync_retry_ms);
  }
  RestartSync(t);
}

// ShouldContainerBeRestarted (pkg/kubelet/container/helpers.go) for an exited container.
bool PodWorker::ShouldRestart(const Track& t) const {
  if (pod_->metadata.deletion_timestamp) return false;
  if (t.record.sidecar) return true;
  const int32_t exit_code = t.record.newest()->exit_code;
  const std::string& policy = pod_->spec->restart_policy;
  if (t.record.init) return exit_code != 0 && policy != "Never";
  return policy == "Always" || (policy == "OnFailure" && exit_code != 0);
}

// doBackOff at a pod sync: restart now, or hold the restart and report CrashLoopBackOff.
void PodWorker::RestartSync(Track& t) {
  const KubeletRules& rules = node_.rules();
  const UnixMs now = Now();
  const UnixMs finished_at = t.record.newest()->finished_at;
  if (!t.backoff.InBackOffSince(finished_at, now)) {
    t.backoff.Next(finished_at, now);
    WriteStatus();
    return StartContainer(t);
  }
  const int64_t backoff_ms = t.backoff.current_ms();
  const std::string& name = t.record.spec->name;
  Edit(t).waiting =
      api::ContainerStateWaiting{"CrashLoopBackOff", BackOffWaitingMessage(rules, backoff_ms, name, *pod_)};
  Record(t, kEvWarning, kEvBackOff, BackOffEventMessage(rules, name, *pod_));
  if (rules.failed_sync_events) {
    RecordPod(kEvWarning, kEvFailedSync, FailedSyncMessage(name, "CrashLoopBackOff", t.record.waiting->message));
  }
  WriteStatus();
  HoldRestart(t, rules.requeue_at_backoff_expiry ? finished_at + backoff_ms - now : rules.sync_retry_ms);
}

void PodWorker::CollectGarbage() {
  if (stopped_ || finished_) return;
  bool died = false;
  for (Track& t : tracks_) {
    std::vector<int64_t> created;
    for (const DeadInstance& d : t.dead) created.push_back(d.created_at);
    const auto gone = t.dead.begin() + static_cast<std::ptrdiff_t>(ContainerGcRemovals(created, Now(), node_.rules()));
    died |= std::any_of(t.dead.begin(), gone, [](const DeadInstance& d) { return d.never_started; });
    t.dead.erase(t.dead.begin(), gone);
  }
  if (!died || terminating_) return;
  // The pod sync decides every held restart again; the worker's pending retry
  // is replaced by the one this sync queues (the work queue keeps one entry).
  for (Track& t : tracks_) {
    if (t.stage != Stage::kBackOff || !t.record.exited()) continue;
    ++t.epoch;
    RestartSync(t);
  }
}

void PodWorker::HoldRestart(Track& t, int64_t delay_ms) {
  t.stage = Stage::kBackOff;
  AfterForTrack(delay_ms, IndexOf(t), [](PodWorker& w, Track& t) { w.RestartSync(t); });
}

// A container is done for good: write the status; when no regular container
// will run again, the pod is finished and its sidecars are stopped.
void PodWorker::Settle() {
  WriteStatus();
  if (!AllRegularDone() && !IsTerminalPhase(pod_->status.phase)) return;
  BeginTermination(PodGraceMs());
}

bool PodWorker::AllRegularDone() const {
  return std::all_of(tracks_.begin(), tracks_.end(),
                     [](const Track& t) { return t.record.init || t.stage == Stage::kDone; });
}

// ---- termination: deletion, deadline, completion ----

// killPod: regular containers first, then init containers (sidecars) in reverse order.
void PodWorker::BeginTermination(int64_t grace_ms) {
  terminating_ = true;
  auto stop = [&](Track& t) {
    if (t.stage == Stage::kRunning) {
      StopContainer(t, grace_ms);
    } else if (t.stage != Stage::kStopping) {
      CancelTrack(t);
    }
  };
  for (Track& t : tracks_) {
    if (!t.record.init) stop(t);
  }
  for (auto it = tracks_.rbegin(); it != tracks_.rend(); ++it) {
    if (it->record.init) stop(*it);
  }
  OnTerminationProgress();
}

// Killing, SIGTERM, and the exit the program's SIGTERM handling gives
// (sim/node/graceful_stop.h); the program may still end on its own first.
void PodWorker::StopContainer(Track& t, int64_t grace_ms) {
  t.stage = Stage::kStopping;
  if (t.record.will_restart) Edit(t).will_restart = false;
  Record(t, kEvNormal, kEvKilling,
         KillingEventMessage(node_.rules(), t.record.spec->name, t.record.newest()->id()));
  const StopExit exit = GracefulStop(t.outcome.sigterm, grace_ms);
  AfterForTrack(exit.after_ms, IndexOf(t),
                [code = exit.exit_code](PodWorker& w, Track& t) { w.OnProcessExit(t, code, ""); });
}

// A container that is not running will not start: drop its pending work.
void PodWorker::CancelTrack(Track& t) {
  ++t.epoch;
  if (t.record.newest() && t.record.newest()->state == ContainerInstance::State::kCreated) {
    Edit(t).instances.pop_back();
  }
  if (t.record.will_restart) Edit(t).will_restart = false;  // a finished container's status stays as written
  t.stage = Stage::kDone;
}

void PodWorker::OnTerminationProgress() {
  if (finished_) return;
  for (const Track& t : tracks_) {
    if (t.stage == Stage::kStopping || t.stage == Stage::kRunning) return;
  }
  FinishTermination();
}

void PodWorker::FinishTermination() {
  status_input_.pod_is_terminal = true;
  status_input_.sandbox_ready = false;
  WriteStatus();
  finished_ = true;
  if (!node_.api_reachable()) {
    final_unsent_ = true;
    return;
  }
  SendFinal();
}

// The delete with grace 0 of a deleted pod, then the worker retires.
void PodWorker::SendFinal() {
  final_unsent_ = false;
  if (deleting_ || pod_->metadata.deletion_timestamp) {
    api::DeleteOptions now;
    now.grace_period_seconds = 0;
    now.precondition_uid = uid_.str();
    node_.store().Delete<api::Pod>(pod_->metadata.namespace_, pod_->metadata.name, now);
  }
  node_.executor().Post([self = shared_from_this()] { self->on_finished_(self->uid_); });
}

void PodWorker::ArmDeadline() {
  const uint64_t epoch = ++deadline_epoch_;
  const auto& seconds = pod_->spec->active_deadline_seconds;
  const std::optional<UnixMs>& start_time = status_input_.start_time;
  if (!seconds || !start_time) return;
  const UnixMs due = *start_time + *seconds * kMsPerSecond;
  node_.executor().After(std::max<int64_t>(due - Now(), 0), [weak = weak_from_this(), epoch] {
    auto self = weak.lock();
    if (self && !self->stopped_ && !self->finished_ && self->deadline_epoch_ == epoch) self->OnDeadline();
  });
}

// pkg/kubelet/active_deadline.go: the pod is failed and its containers stopped.
void PodWorker::OnDeadline() {
  if (terminating_) return;
  status_input_.eviction = Eviction{kDeadlineExceededReason, kDeadlineExceededMessage};
  RecordPod(kEvNormal, kEvDeadlineExceeded, kDeadlineExceededMessage);
  WriteStatus();
  BeginTermination(PodGraceMs());
}

// ---- updates from the API and faults ----

void PodWorker::Update(std::shared_ptr<const api::Pod> pod) {
  if (pod->metadata.resource_version < pod_->metadata.resource_version) return;  // an older watch event
  const bool deadline_changed = pod->spec->active_deadline_seconds != pod_->spec->active_deadline_seconds;
  pod_ = std::move(pod);
  if (finished_) return;
  if (pod_->metadata.deletion_timestamp && !deleting_) {
    deleting_ = true;
    if (!terminating_) BeginTermination(PodGraceMs());
    return;
  }
  if (deadline_changed) ArmDeadline();
}

void PodWorker::Reconnect() {
  // The status manager writes its status again wherever the API's differs
  // (the node controller may have marked the pod not ready meanwhile).
  WriteStatus();
  auto pod = node_.store().Get<api::Pod>(pod_->metadata.namespace_, pod_->metadata.name);
  if (pod && pod->metadata.uid == uid_) Update(std::move(pod));
  if (final_unsent_) SendFinal();
}

api::Status PodWorker::KillContainer(const std::string& container, int32_t exit_code, const std::string& reason) {
  for (Track& t : tracks_) {
    if (t.record.spec->name != container) continue;
    if (finished_ || (t.stage != Stage::kRunning && t.stage != Stage::kStopping)) {
      return api::Status::BadRequest(
          fmt::format("container {} in pod {} is not running", container, pod_->metadata.name));
    }
    OnProcessExit(t, exit_code, reason);
    return api::Status::Ok();
  }
  return api::Status::BadRequest(fmt::format("container {} is not valid for pod {}", container, pod_->metadata.name));
}

// ---- API writes ----

void PodWorker::WriteStatus() {
  if (!node_.api_reachable()) return;  // Reconnect writes it
  const std::span<const ContainerRecord* const> records(records_);
  const size_t init_count = spec_->init_containers.size();
  statuses_.Update(records.first(init_count), records.subspan(init_count), init_count > 0, node_.rules());
  PodStatusInput& in = status_input_;
  in.regular = records.subspan(init_count);
  in.statuses = &statuses_;
  in.now = Now();
  auto result = node_.store().PatchPodStatus(
      pod_->metadata.namespace_, pod_->metadata.name, locator_, [&](const api::Pod& pod, api::PodStatus& status) {
        if (pod.metadata.uid != uid_) return api::Status::Conflict("pods", pod.metadata.name);
        in.pod = &pod;
        UpdatePodStatus(in, node_.rules(), status);
        return api::Status::Ok();
      });
  in.pod = nullptr;  // the version it read may go
  if (!result.ok() || !result.object) return;
  pod_ = std::move(result.object);
  // The version this write made, unless it asks the worker for something
  // (HeldVersions): its watch event then changes nothing.
  const api::ObjectMeta& meta = pod_->metadata;
  if (!meta.deletion_timestamp && meta.resource_version == node_.store().resource_version()) {
    node_.held_versions().Add(meta.resource_version);
  }
}

void PodWorker::WriteLog(const Track& t, const std::string& text) {
  node_.store().WriteLog(locator_, pod_->metadata.namespace_, pod_->metadata.name, t.record.spec->name,
                         t.record.restart_count(), text);
}

void PodWorker::Record(const Track& t, const std::string& type, const std::string& reason,
                       const std::string& message) {
  node_.events().Record(Ref(t.texts->field_path), ref_memo_, type, reason, message);
}

// The instance's id is read only for a message that names it: its text is
// a cold line by the time the container starts.
void PodWorker::RecordInstanceEvent(const Track& t, const std::string& reason, const std::string& node_text,
                                    InstanceMessage message, const ContainerInstance& instance) {
  if (!node_text.empty()) return Record(t, kEvNormal, reason, node_text);
  Record(t, kEvNormal, reason, message(node_.rules(), t.record.spec->name, instance.id()));
}

void PodWorker::RecordPod(const std::string& type, const std::string& reason, const std::string& message) {
  node_.events().Record(Ref(""), ref_memo_, type, reason, message);
}

const api::ObjectReference& PodWorker::Ref(const std::string& field_path) {
  return node_.PodRef(*pod_, field_path);
}

int64_t PodWorker::PodGraceMs() const {
  if (deleting_ && pod_->metadata.deletion_grace_period_seconds) {
    return *pod_->metadata.deletion_grace_period_seconds * kMsPerSecond;
  }
  return pod_->spec->termination_grace_period_seconds.value_or(kDefaultGraceSeconds) * kMsPerSecond;
}

}  // namespace jobsim::sim
