#include "sim/nodelifecycle/taint_eviction_controller.h"

#include "fakeapi/pods_on_node.h"
#include "sim/nodelifecycle/eviction_delay.h"
#include "sim/nodelifecycle/eviction_messages.h"
#include "sim/nodelifecycle/pod_condition_update.h"

namespace jobsim::sim {
namespace {

std::string Key(const std::string& ns, const std::string& name) { return ns + "/" + name; }

}  // namespace

TaintEvictionController::TaintEvictionController(api::Store& store, Executor& executor, api::EventRecorder& events,
                                                 const NodeLifecycleRules& rules)
    : store_(store), executor_(executor), events_(events), rules_(rules) {}

TaintEvictionController::~TaintEvictionController() {
  if (node_watch_) store_.StopWatch(node_watch_);
  if (pod_watch_) store_.StopWatch(pod_watch_);
  for (auto& [key, timer] : work_) {
    if (timer) executor_.Cancel(*timer);
  }
}

void TaintEvictionController::Start() {
  std::vector<std::shared_ptr<const api::Node>> nodes;
  store_.List(api::ListOptions{}, nodes);
  for (const auto& node : nodes) OnNode({api::WatchType::kAdded, node});
  node_watch_ = store_.Watch<api::Node>([this](const api::WatchEvent<api::Node>& e) { OnNode(e); });
  pod_watch_ = store_.Watch<api::Pod>([this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
}

// NodeUpdated + handleNodeUpdate: only a change of the NoExecute taints counts.
void TaintEvictionController::OnNode(const api::WatchEvent<api::Node>& event) {
  const std::string& name = event.object->metadata.name;
  if (event.type == api::WatchType::kDeleted) {
    tainted_nodes_.erase(name);
    return;
  }
  const std::vector<Taint> taints = NoExecuteTaints(TaintsOf(*event.object));
  auto known = tainted_nodes_.find(name);
  if (known == tainted_nodes_.end() ? taints.empty() : known->second == taints) return;
  if (taints.empty()) {
    tainted_nodes_.erase(name);
  } else {
    tainted_nodes_[name] = taints;
  }
  const UnixMs now = store_.clock().NowUnixMs();
  for (const auto& pod : api::PodsOnNode(store_, name)) {
    const api::ObjectMeta& meta = pod->metadata;
    if (taints.empty()) {
      seen_.erase(Key(meta.namespace_, meta.name));
      CancelWork(meta.namespace_, meta.name);
      continue;
    }
    seen_[Key(meta.namespace_, meta.name)] = TolerationsOf(*pod);
    ProcessPodOnNode(*pod, taints, now);
  }
}

// PodUpdated + handlePodUpdate: a pod is looked at when it lands on a tainted
// node or its tolerations change; status updates do not count.
void TaintEvictionController::OnPod(const api::WatchEvent<api::Pod>& event) {
  const api::Pod& pod = *event.object;
  if (event.type == api::WatchType::kDeleted) {
    seen_.erase(Key(pod.metadata.namespace_, pod.metadata.name));
    CancelWork(pod.metadata.namespace_, pod.metadata.name);
    return;
  }
  auto node = tainted_nodes_.find(pod.spec->node_name);
  if (pod.spec->node_name.empty() || node == tainted_nodes_.end()) return;
  const std::string key = Key(pod.metadata.namespace_, pod.metadata.name);
  std::vector<Toleration> tolerations = TolerationsOf(pod);
  auto seen = seen_.find(key);
  if (seen != seen_.end() && seen->second == tolerations) return;
  seen_[key] = std::move(tolerations);
  ProcessPodOnNode(pod, node->second, store_.clock().NowUnixMs());
}

void TaintEvictionController::ProcessPodOnNode(const api::Pod& pod, const std::vector<Taint>& taints, UnixMs now) {
  const std::string& ns = pod.metadata.namespace_;
  const std::string& name = pod.metadata.name;
  const std::vector<Toleration> tolerations = TolerationsOf(pod);
  if (!AllTolerated(taints, tolerations)) {  // deleted right away
    CancelWork(ns, name);
    return AddWork(ns, name, now);
  }
  const std::optional<int64_t> delay = EvictionDelayMs(taints, tolerations);
  if (!delay) return CancelWork(ns, name);
  // A scheduled eviction was created earlier, so it fires no later: it stays.
  // (Upstream would replace one created at the same instant; ms ties are jobsim's.)
  if (work_.count(Key(ns, name))) return;
  AddWork(ns, name, now + *delay);
}

// TimedWorkerQueue.AddWork: a key already there (pending or done) is kept.
void TaintEvictionController::AddWork(const std::string& ns, const std::string& name, UnixMs fire_ms) {
  auto [it, added] = work_.try_emplace(Key(ns, name));
  if (!added) return;
  it->second = executor_.After(std::max<int64_t>(fire_ms - store_.clock().NowUnixMs(), 0),
                               [this, ns, name] { Evict(ns, name); });
}

// cancelWorkWithEvent: the event only for an eviction still pending.
void TaintEvictionController::CancelWork(const std::string& ns, const std::string& name) {
  auto it = work_.find(Key(ns, name));
  if (it == work_.end()) return;
  if (it->second) {
    executor_.Cancel(*it->second);
    RecordPodEvent(ns, name, CancellingDeletionMessage(ns, name));
  }
  work_.erase(it);
}

// deletePodHandler: the event, then addConditionAndDeletePod. A failure drops
// the key (upstream retries 5 times 10 ms apart first).
void TaintEvictionController::Evict(const std::string& ns, const std::string& name) {
  auto it = work_.find(Key(ns, name));
  if (it == work_.end()) return;
  it->second.reset();
  RecordPodEvent(ns, name, MarkingForDeletionMessage(ns, name));
  auto pod = store_.Get<api::Pod>(ns, name);
  if (!pod) {
    work_.erase(it);
    return;
  }
  if (rules_.disruption_target_condition) {
    const UnixMs now = store_.clock().NowUnixMs();
    store_.Patch<api::Pod>(
        ns, name,
        [&](api::Pod& p) {
          if (p.metadata.uid != pod->metadata.uid) return api::Status::Conflict("pods", name);
          UpdatePodCondition(p.status, TaintManagerDisruptionTarget(), now);
          return api::Status::Ok();
        },
        /*status_only=*/true);
  }
  if (!store_.Delete<api::Pod>(ns, name).ok()) work_.erase(it);
}

// emitPodDeletionEvent / emitCancelPodDeletionEvent: the reference names the
// pod without its uid.
void TaintEvictionController::RecordPodEvent(const std::string& ns, const std::string& name,
                                             const std::string& message) {
  api::ObjectReference ref;
  ref.kind = "Pod";
  ref.namespace_ = ns;
  ref.name = name;
  if (rules_.taint_event_refs_have_api_version) ref.api_version = "v1";
  events_.Record(ref, api::kEventNormal, kTaintManagerEviction, message);
}

}  // namespace jobsim::sim
