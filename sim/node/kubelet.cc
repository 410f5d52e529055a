#include "sim/node/kubelet.h"

#include <fmt/format.h>

#include "sim/node/pod_phase.h"
#include "sim/node/pod_worker.h"

namespace jobsim::sim {
Kubelet::Kubelet(std::string node_name, api::Store& store, Executor& executor, const Clock& clock,
                 api::EventRecorder& events, const KubeletRules& rules, RuntimeModel& runtime,
                 const RuntimeTiming& timing, uint64_t seed)
    : node_(std::move(node_name), store, executor, clock, events, rules, runtime, timing, seed) {}

Kubelet::~Kubelet() {
  if (watch_) node_.store().StopWatch(watch_);
  for (auto& [uid, worker] : workers_) worker->Stop();
}

void Kubelet::Start() {
  watch_ = node_.store().WatchPodsOnNode(node_.node_name(),
                                         [this](const api::WatchEvent<api::Pod>& e) { OnPod(e); });
  std::vector<std::shared_ptr<const api::Pod>> pods;
  node_.store().List(api::ListOptions{}, pods);
  for (const auto& pod : pods) {
    if (pod->spec.node_name == node_.node_name()) Admit(pod);
  }
}

void Kubelet::OnPod(const api::WatchEvent<api::Pod>& event) {
  const std::string& uid = event.object->metadata.uid;
  if (event.type == api::WatchType::kDeleted) {
    if (auto it = workers_.find(uid); it != workers_.end()) {
      it->second->Stop();
      workers_.erase(it);
    }
    retired_.erase(uid);
    return;
  }
  Admit(event.object);
}

void Kubelet::Admit(const std::shared_ptr<const api::Pod>& pod) {
  const std::string& uid = pod->metadata.uid;
  if (auto it = workers_.find(uid); it != workers_.end()) {
    auto worker = it->second;  // keeps the worker alive while it runs
    worker->Update(pod);
    return;
  }
  if (retired_.count(uid) || IsTerminalPhase(pod->status.phase)) return;
  auto worker = std::make_shared<PodWorker>(node_, pod, [this, uid] { Retire(uid); });
  workers_[uid] = worker;
  worker->Start();
}

void Kubelet::Retire(const std::string& uid) {
  if (workers_.erase(uid)) retired_.insert(uid);
}

api::Status Kubelet::KillContainer(const std::string& ns, const std::string& pod, const std::string& container,
                                   int32_t exit_code, const std::string& reason) {
  for (auto& [uid, worker] : workers_) {
    const api::ObjectMeta& meta = worker->pod().metadata;
    if (meta.namespace_ != ns || meta.name != pod) continue;
    auto keep = worker;
    return keep->KillContainer(container, exit_code, reason);
  }
  return api::Status::NotFound("pods", pod);
}

}  // namespace jobsim::sim
