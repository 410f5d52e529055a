#include "sim/node/kubelet.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "fakeapi/pods_on_node.h"
#include "sim/base/string_key_hash.h"
#include "sim/node/kubelet_messages.h"
#include "sim/node/node_status.h"
#include "sim/node/pod_phase.h"
#include "sim/node/pod_status_builder.h"
#include "sim/node/pod_worker.h"

namespace jobsim::sim {
namespace {

// The kubelet's nodeRef: the node's name doubles as its uid.
api::ObjectReference NodeRef(const std::string& node) {
  api::ObjectReference ref;
  ref.kind = "Node";
  ref.name = node;
  ref.uid = node;
  return ref;
}

}  // namespace

Kubelet::Kubelet(std::string node_name, api::Store& store, Executor& executor, const Clock& clock,
                 api::EventRecorder& events, const KubeletRules& rules, RuntimeModel& runtime,
                 const RuntimeTiming& timing, uint64_t seed)
    : node_(std::move(node_name), store, executor, clock, events, rules, runtime, timing, seed) {}

Kubelet::~Kubelet() {
  if (watch_) node_.store().StopWatch(watch_);
  if (report_) node_.executor().Cancel(*report_);
  if (gc_) node_.executor().Cancel(*gc_);
  pods_.ForEach([](PodEntry& e) {
    if (e.value) e.value->Stop();
  });
}

void Kubelet::Start() {
  watch_ = node_.store().WatchPodsOnNode(node_.node_name(),
                                         [this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
  for (const auto& pod : api::PodsOnNode(node_.store(), node_.node_name())) Admit(pod);
  ScheduleNodeStatusReport();
  if (node_.rules().container_gc_syncs_unstarted) ScheduleContainerGc();
}

void Kubelet::OnPod(const api::WatchEvent<api::Pod>& event) {
  if (!node_.api_reachable()) return;  // Resync catches up
  if (event.type == api::WatchType::kModified && node_.held_versions().Take(event.object->metadata.resource_version)) {
    return;  // a worker's own status write: it holds this version already
  }
  const std::string_view uid = event.object->metadata.uid;
  if (event.type == api::WatchType::kDeleted) {
    if (PodEntry* entry = pods_.Find(uid)) {
      if (entry->value) entry->value->Stop();
      pods_.Erase(uid);
    }
    return;
  }
  Admit(event.object);
}

void Kubelet::Admit(const std::shared_ptr<const api::Pod>& pod) {
  const std::string_view uid = pod->metadata.uid;
  const uint64_t hash = decltype(pods_)::Hash(uid);
  if (const PodEntry* entry = pods_.Find(uid, hash)) {
    if (!entry->value) return;   // retired
    auto worker = entry->value;  // keeps the worker alive while it runs
    worker->Update(pod);
    return;
  }
  if (IsTerminalPhase(pod->status.phase)) return;
  auto worker = std::make_shared<PodWorker>(node_, pod, [this](std::string_view done) { Retire(done); });
  pods_.Insert(uid, hash).value = worker;
  worker->Start();
}

void Kubelet::Retire(std::string_view uid) {
  if (PodEntry* entry = pods_.Find(uid)) entry->value.reset();
}

void Kubelet::SetApiReachable(bool reachable) {
  if (reachable == node_.api_reachable()) return;
  node_.set_api_reachable(reachable);
  if (!reachable) return node_.held_versions().Clear();
  PostNodeStatus();
  Resync();
}

// The condition setters of pkg/kubelet/nodestatus/setters.go and their events.
void Kubelet::PostNodeStatus() {
  std::vector<std::string> events;
  node_.store().Patch<api::Node>(
      "", node_.node_name(),
      [&](api::Node& n) {
        events = PostNodeConditions(n.status.conditions, ApiTime(node_.clock().NowUnixMs()), node_.rules());
        return api::Status::Ok();
      },
      /*status_only=*/true);
  for (const std::string& reason : events) {
    node_.events().Record(NodeRef(node_.node_name()), api::kEventNormal, reason,
                          NodeStatusEventMessage(node_.node_name(), reason));
  }
  ScheduleNodeStatusReport();
}

// The next post of an unchanged status, node_status_report_ms after the last
// one; while the API server is out of reach there is none (the reconnection posts).
void Kubelet::ScheduleNodeStatusReport() {
  if (report_) node_.executor().Cancel(*report_);
  report_ = node_.executor().After(node_.rules().node_status_report_ms, [this] {
    report_.reset();
    if (node_.api_reachable()) PostNodeStatus();
  });
}

// StartGarbageCollection's loop: a pass at the kubelet's start, when nothing
// is dead yet, then one every container_gc_period_ms, reachable API server or not.
void Kubelet::ScheduleContainerGc() {
  gc_ = node_.executor().After(node_.rules().container_gc_period_ms, [this] {
    for (const auto& worker : WorkersByUid()) worker->CollectGarbage();  // retirements are posted
    ScheduleContainerGc();
  });
}

// The watch missed everything while the API was out of reach: list again.
void Kubelet::Resync() {
  std::unordered_set<std::string, StringKeyHash, StringKeyEqual> listed;
  for (const auto& pod : api::PodsOnNode(node_.store(), node_.node_name())) {
    listed.insert(pod->metadata.uid.str());
    const PodEntry* entry = pods_.Find(pod->metadata.uid);
    if (!entry || !entry->value) {
      Admit(pod);
      continue;
    }
    auto worker = entry->value;  // keeps the worker alive while it runs
    worker->Reconnect();
  }
  std::vector<std::string> gone;
  pods_.ForEach([&](PodEntry& e) {
    if (listed.count(e.uid())) return;
    if (e.value) e.value->Stop();
    gone.emplace_back(e.uid());
  });
  for (const std::string& uid : gone) pods_.Erase(uid);
}

api::Status Kubelet::KillContainer(const std::string& ns, const std::string& pod, const std::string& container,
                                   int32_t exit_code, const std::string& reason) {
  for (const auto& worker : WorkersByUid()) {
    const api::ObjectMeta& meta = worker->pod().metadata;
    if (meta.namespace_ != ns || meta.name != pod) continue;
    return worker->KillContainer(container, exit_code, reason);
  }
  return api::Status::NotFound("pods", pod);
}

// The workers in uid order, each kept alive while the caller runs it.
std::vector<std::shared_ptr<PodWorker>> Kubelet::WorkersByUid() const {
  std::vector<std::pair<std::string_view, std::shared_ptr<PodWorker>>> sorted;
  pods_.ForEach([&](const PodEntry& e) {
    if (e.value) sorted.emplace_back(e.uid(), e.value);
  });
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::shared_ptr<PodWorker>> out;
  out.reserve(sorted.size());
  for (auto& [uid, worker] : sorted) out.push_back(std::move(worker));
  return out;
}

}  // namespace jobsim::sim
