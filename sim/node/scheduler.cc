#include "sim/node/scheduler.h"

#include "sim/node/kubelet_messages.h"

namespace jobsim::sim {
namespace {

// The profile name of the default scheduler (pkg/scheduler/apis/config).
constexpr const char* kDefaultSchedulerName = "default-scheduler";

}  // namespace

Scheduler::Scheduler(api::Store& store, Executor& executor, api::EventRecorder& events, const RuntimeTiming& timing,
                     std::vector<std::string> nodes, const KubeletRules& rules)
    : store_(store), executor_(executor), events_(events), timing_(timing), nodes_(std::move(nodes)), rules_(rules) {
  for (const std::string& node : nodes_) bound_per_node_[node] = 0;
}

Scheduler::~Scheduler() {
  if (watch_) store_.StopWatch(watch_);
}

void Scheduler::Start() {
  watch_ = store_.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
  std::vector<std::shared_ptr<const api::Pod>> pods;
  store_.List(api::ListOptions{}, pods);
  for (const auto& pod : pods) {
    if (WantsScheduling(*pod)) Queue(*pod);
  }
}

void Scheduler::OnPod(const api::WatchEvent<api::Pod>& event) {
  if (event.type == api::WatchType::kDeleted) {
    queued_uids_.erase(event.object->metadata.uid);
    return;
  }
  if (WantsScheduling(*event.object)) Queue(*event.object);
}

bool Scheduler::WantsScheduling(const api::Pod& pod) const {
  const std::string& scheduler = pod.spec.scheduler_name;
  return pod.spec.node_name.empty() && !pod.metadata.deletion_timestamp &&
         (scheduler.empty() || scheduler == kDefaultSchedulerName) && !queued_uids_.count(pod.metadata.uid);
}

void Scheduler::Queue(const api::Pod& pod) {
  queued_uids_.insert(pod.metadata.uid);
  executor_.After(timing_.schedule_ms, [this, ns = pod.metadata.namespace_, name = pod.metadata.name,
                                        uid = pod.metadata.uid] { Schedule(ns, name, uid); });
}

const std::string* Scheduler::PickNode() const {
  const std::string* best = nullptr;
  for (const auto& [node, bound] : bound_per_node_) {  // name order: ties go to the first name
    if (!best || bound < bound_per_node_.at(*best)) best = &node;
  }
  return best;
}

void Scheduler::Schedule(const std::string& ns, const std::string& name, const std::string& uid) {
  queued_uids_.erase(uid);
  auto pod = store_.Get<api::Pod>(ns, name);
  if (!pod || pod->metadata.uid != uid || !pod->spec.node_name.empty() || pod->metadata.deletion_timestamp) return;
  const std::string* node = PickNode();
  if (!node) return;  // no nodes: the pod stays Pending
  auto bound = store_.Bind(ns, name, *node);
  if (!bound.ok()) return;
  ++bound_per_node_[*node];
  events_.Record(api::RefTo(*bound.object), api::kEventNormal, "Scheduled", ScheduledMessage(rules_, ns, name, *node));
}

}  // namespace jobsim::sim
