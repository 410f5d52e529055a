#include "sim/node/scheduler.h"

#include <algorithm>

#include "sim/node/kubelet_messages.h"
#include "sim/node/scheduling_failure.h"

namespace jobsim::sim {
namespace {

// The profile name of the default scheduler (pkg/scheduler/apis/config).
constexpr const char* kDefaultSchedulerName = "default-scheduler";
// v1.PodReasonUnschedulable.
constexpr const char* kUnschedulable = "Unschedulable";

// The node's Ready condition status; "" when it reports none.
std::string ReadyStatus(const api::Node& node) {
  for (const auto& c : node.status.conditions) {
    if (c.type == "Ready") return c.status;
  }
  return "";
}

// Sets PodScheduled=False/Unschedulable, keeping lastTransitionTime while the status holds.
void MarkUnschedulable(api::Pod& pod, const std::string& message, UnixMs now) {
  auto& conditions = pod.status.conditions.Mut();
  auto it = std::find_if(conditions.begin(), conditions.end(),
                         [](const api::Condition& c) { return c.type == "PodScheduled"; });
  if (it == conditions.end()) it = conditions.insert(conditions.end(), api::Condition{.type = "PodScheduled"});
  if (it->status != "False") it->last_transition_time = now - now % kMsPerSecond;
  it->status = "False";
  it->reason = kUnschedulable;
  it->message = message;
}

}  // namespace

Scheduler::Scheduler(api::Store& store, Executor& executor, api::EventRecorder& events, const RuntimeTiming& timing,
                     const KubeletRules& rules)
    : store_(store), executor_(executor), events_(events), timing_(timing), rules_(rules) {}

Scheduler::~Scheduler() {
  if (pod_watch_) store_.StopWatch(pod_watch_);
  if (node_watch_) store_.StopWatch(node_watch_);
}

void Scheduler::Start() {
  std::vector<std::shared_ptr<const api::Node>> nodes;
  store_.List(api::ListOptions{}, nodes);
  for (const auto& node : nodes) OnNode({api::WatchType::kAdded, node});
  node_watch_ = store_.Watch<api::Node>([this](const api::WatchEvent<api::Node>& e) { OnNode(e); });
  pod_watch_ = store_.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
  std::vector<std::shared_ptr<const api::Pod>> pods;
  store_.List(api::ListOptions{}, pods);
  for (const auto& pod : pods) {
    if (WantsScheduling(*pod)) Queue(pod);
  }
}

void Scheduler::OnPod(const api::WatchEvent<api::Pod>& event) {
  const api::Uid& uid = event.object->metadata.uid;
  const bool gone = event.type == api::WatchType::kDeleted || !event.object->spec->node_name.empty();
  if (gone && !unschedulable_.empty()) unschedulable_.erase(uid);  // most events: none parked
  if (event.type == api::WatchType::kDeleted) {
    queued_.Erase(uid);
    return;
  }
  if (WantsScheduling(*event.object)) Queue(event.object);
}

void Scheduler::OnNode(const api::WatchEvent<api::Node>& event) {
  const std::string& name = event.object->metadata.name;
  auto it = std::lower_bound(nodes_.begin(), nodes_.end(), name,
                             [](const NodeLoad& n, const std::string& key) { return n.name < key; });
  const bool known = it != nodes_.end() && it->name == name;
  if (event.type == api::WatchType::kDeleted) {
    if (known) nodes_.erase(it);
    not_ready_.erase(name);
    return;
  }
  if (!known) nodes_.insert(it, NodeLoad{name});
  const std::string status = ReadyStatus(*event.object);
  const bool was_ready = !not_ready_.count(name);
  if (status == "True") {
    not_ready_.erase(name);
  } else {
    not_ready_[name] = NotReadyTaintKey(status);
  }
  if (was_ready || status != "True") return;
  // A node became Ready: parked pods move on, each after what is left of its back-off.
  const UnixMs now = store_.clock().NowUnixMs();
  for (const auto& [uid, pod] : unschedulable_) {
    RetryLater(uid, pod.last_attempt_ms + SchedulingBackoffMs(rules_, pod.attempts) - now);
  }
}

bool Scheduler::WantsScheduling(const api::Pod& pod) const {
  const std::string& scheduler = pod.spec->scheduler_name;
  return pod.spec->node_name.empty() && !pod.metadata.deletion_timestamp &&
         (scheduler.empty() || scheduler == kDefaultSchedulerName) && !queued_.Find(pod.metadata.uid) &&
         !unschedulable_.count(pod.metadata.uid);
}

// The task holds the pod version it saw, for its names: smaller than copies of them.
void Scheduler::Queue(std::shared_ptr<const api::Pod> pod) {
  queued_.Insert(pod->metadata.uid);
  executor_.After(timing_.schedule_ms, [this, pod = std::move(pod)] {
    Schedule(pod->metadata.namespace_, pod->metadata.name, pod->metadata.uid);
  });
}

Scheduler::NodeLoad* Scheduler::PickNode() {
  NodeLoad* best = nullptr;
  for (NodeLoad& node : nodes_) {  // name order: ties go to the first name
    if (best && node.bound >= best->bound) continue;
    if (!not_ready_.empty() && not_ready_.count(node.name)) continue;
    best = &node;
  }
  return best;
}

void Scheduler::Schedule(const std::string& ns, const std::string& name, const api::Uid& uid) {
  queued_.Erase(uid);
  auto pod = store_.Get<api::Pod>(ns, name);
  if (!pod || pod->metadata.uid != uid || !pod->spec->node_name.empty() || pod->metadata.deletion_timestamp) {
    unschedulable_.erase(uid);
    return;
  }
  NodeLoad* node = PickNode();
  if (!node) return Fail(*pod);
  unschedulable_.erase(uid);
  auto bound = store_.Bind(ns, name, node->name);  // watch events are posted: `node` stays valid
  if (!bound.ok()) return;
  ++node->bound;
  events_.Record(Ref(*bound.object), api::kEventNormal, "Scheduled", ScheduledMessage(rules_, ns, name, node->name));
}

const api::ObjectReference& Scheduler::Ref(const api::Pod& pod) {
  api::FillRefTo(pod, "", ref_);
  return ref_;
}

// handleSchedulingFailure: the event, the pod condition, and the pod parked until it may try again.
void Scheduler::Fail(const api::Pod& pod) {
  std::vector<std::string> taints;
  for (const auto& [node, taint] : not_ready_) taints.push_back(taint);
  const std::string message = FitErrorMessage(rules_.fit_error_form, nodes_.size(), taints);
  events_.Record(Ref(pod), api::kEventWarning, "FailedScheduling", message);
  const UnixMs now = store_.clock().NowUnixMs();
  store_.Patch<api::Pod>(
      pod.metadata.namespace_, pod.metadata.name,
      [&](api::Pod& p) {
        if (p.metadata.uid != pod.metadata.uid) return api::Status::Conflict("pods", p.metadata.name);
        MarkUnschedulable(p, message, now);
        return api::Status::Ok();
      },
      /*status_only=*/true);
  Unschedulable& parked = unschedulable_[pod.metadata.uid];
  parked.ns = pod.metadata.namespace_;
  parked.name = pod.metadata.name;
  ++parked.attempts;
  parked.last_attempt_ms = now;
  RetryLater(pod.metadata.uid, UnschedulableRetryMs(rules_, parked.attempts));
}

void Scheduler::RetryLater(const api::Uid& uid, int64_t delay_ms) {
  Unschedulable& parked = unschedulable_.at(uid);
  const uint64_t epoch = ++parked.epoch;
  executor_.After(std::max<int64_t>(delay_ms, 0), [this, uid, epoch] {
    auto it = unschedulable_.find(uid);
    if (it == unschedulable_.end() || it->second.epoch != epoch) return;
    const std::string ns = it->second.ns, name = it->second.name;  // Schedule may drop the entry
    Schedule(ns, name, uid);
  });
}

}  // namespace jobsim::sim
