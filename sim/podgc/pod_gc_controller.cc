#include "sim/podgc/pod_gc_controller.h"

#include "sim/nodelifecycle/taint.h"

namespace jobsim::sim {
namespace {

// v1.TaintNodeOutOfService
constexpr const char* kOutOfServiceTaint = "node.kubernetes.io/out-of-service";

GcNode NodeFacts(const api::Node& node) {
  GcNode facts;
  for (const api::Condition& c : node.status.conditions) {
    if (c.type == "Ready") facts.ready = c.status == "True";
  }
  for (const Taint& taint : TaintsOf(node)) {
    if (taint.key == kOutOfServiceTaint) facts.out_of_service = true;
  }
  return facts;
}

}  // namespace

PodGcController::PodGcController(api::Store& store, Executor& executor, const PodGcRules& rules)
    : store_(store), executor_(executor), rules_(rules) {}

PodGcController::~PodGcController() {
  if (timer_) executor_.Cancel(*timer_);
}

void PodGcController::Start() { Pass(); }

// gc(): the four passes over one listing, then the next pass a period later
// (wait.UntilWithContext).
void PodGcController::Pass() {
  const UnixMs now = store_.clock().NowUnixMs();
  for (const GcDeletion& deletion : PodsToCollect(Observe(now), rules_)) MarkFailedAndDelete(deletion, now);
  timer_ = executor_.After(rules_.gc_period_ms, [this] { Pass(); });
}

// The listings, and gcOrphaned's quarantine: unknown nodes wait quarantine_ms
// (an earlier wait is kept, as the delaying queue does), then are looked up;
// those still missing are gone. The pods are the ones a pass can collect, in
// the listing's order: every pod only when some node is gone or more pods have
// terminated than the threshold keeps, else the terminating ones (the other
// passes look at nothing else).
GcInput PodGcController::Observe(UnixMs now) {
  GcInput in;
  std::vector<std::shared_ptr<const api::Node>> nodes;
  store_.List(api::ListOptions{}, nodes);
  for (const auto& node : nodes) in.nodes[node->metadata.name] = NodeFacts(*node);
  const api::PodFacts& facts = store_.pod_facts();
  for (const auto& [node, unused] : facts.bound()) {
    if (!in.nodes.count(node)) quarantine_.try_emplace(node, now + rules_.quarantine_ms);
  }
  for (auto it = quarantine_.begin(); it != quarantine_.end();) {
    if (it->second > now) {
      ++it;
      continue;
    }
    if (!in.nodes.count(it->first) && !store_.Get<api::Node>("", it->first)) in.deleted_nodes.insert(it->first);
    it = quarantine_.erase(it);
  }
  const bool over_threshold =
      rules_.terminated_pod_threshold > 0 && facts.terminated() > static_cast<size_t>(rules_.terminated_pod_threshold);
  if (over_threshold || !in.deleted_nodes.empty()) {
    store_.List(api::ListOptions{}, in.pods);
    return in;
  }
  for (const std::string& key : facts.terminating()) {
    const size_t slash = key.find('/');
    in.pods.push_back(store_.Get<api::Pod>(key.substr(0, slash), key.substr(slash + 1)));
  }
  return in;
}

// markFailedAndDeletePodWithCondition: the status patch (precondition: the
// same uid), then DELETE with grace 0.
void PodGcController::MarkFailedAndDelete(const GcDeletion& deletion, UnixMs now) {
  const api::Pod& pod = *deletion.pod;
  if (auto status = StatusBeforeDelete(pod, deletion.reason, rules_, now)) {
    auto patched = store_.Patch<api::Pod>(
        pod.metadata.namespace_, pod.metadata.name,
        [&](api::Pod& p) {
          if (p.metadata.uid != pod.metadata.uid) return api::Status::Conflict("pods", pod.metadata.name);
          p.status = *status;
          return api::Status::Ok();
        },
        /*status_only=*/true);
    if (!patched.ok()) return;
  }
  api::DeleteOptions force;
  force.grace_period_seconds = 0;
  force.precondition_uid = pod.metadata.uid;
  store_.Delete<api::Pod>(pod.metadata.namespace_, pod.metadata.name, force);
}

}  // namespace jobsim::sim
