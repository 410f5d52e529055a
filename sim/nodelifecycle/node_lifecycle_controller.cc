#include "sim/nodelifecycle/node_lifecycle_controller.h"

#include "fakeapi/pods_on_node.h"
#include "sim/nodelifecycle/condition_taints.h"
#include "sim/nodelifecycle/eviction_messages.h"
#include "sim/nodelifecycle/legacy_eviction.h"
#include "sim/nodelifecycle/monitor_tick.h"
#include "sim/nodelifecycle/pod_condition_update.h"

namespace jobsim::sim {
namespace {

// tryUpdateNodeHealth: the conditions the controller turns Unknown for a silent kubelet.
bool MonitoredCondition(const std::string& type) {
  return type == "Ready" || type == "MemoryPressure" || type == "DiskPressure" || type == "PIDPressure";
}

UnixMs ApiTime(UnixMs t) { return t - t % kMsPerSecond; }

}  // namespace

NodeLifecycleController::NodeLifecycleController(api::Store& store, Executor& executor, api::EventRecorder& events,
                                                 const NodeLifecycleRules& rules)
    : store_(store), executor_(executor), events_(events), rules_(rules) {}

NodeLifecycleController::~NodeLifecycleController() {
  if (watch_) store_.StopWatch(watch_);
  if (wake_) executor_.Cancel(*wake_);
  for (const auto& [name, silence] : silent_) executor_.Cancel(silence.timer);
}

void NodeLifecycleController::Start() {
  start_ms_ = store_.clock().NowUnixMs();
  std::vector<std::shared_ptr<const api::Node>> nodes;
  store_.List(api::ListOptions{}, nodes);
  for (const auto& node : nodes) OnNode({api::WatchType::kAdded, node});
  watch_ = store_.Watch<api::Node>([this](const api::WatchEvent<api::Node>& e) { OnNode(e); });
}

api::Status NodeLifecycleController::KubeletSilent(const std::string& name) {
  auto node = store_.Get<api::Node>("", name);
  if (!node) return api::Status::NotFound("nodes", name);
  if (silent_.count(name)) return api::Status::Ok();
  const UnixMs now = store_.clock().NowUnixMs();
  const UnixMs noticed =
      SilenceNoticedAt(start_ms_, rules_.node_monitor_period_ms, rules_.node_monitor_grace_period_ms, now);
  const Executor::TimerId timer = executor_.After(noticed - now, [this, name, now] {
    silent_.erase(name);
    MarkUnknown(name, now);
  });
  silent_[name] = Silence{now, node->metadata.resource_version, timer};
  return api::Status::Ok();
}

api::Status NodeLifecycleController::HeartbeatsMissed(const std::string& name) {
  return MarkUnknown(name, store_.clock().NowUnixMs() - rules_.node_monitor_grace_period_ms);
}

api::Status NodeLifecycleController::MarkUnknown(const std::string& name, UnixMs last_heartbeat_ms) {
  auto node = store_.Get<api::Node>("", name);
  if (!node) return api::Status::NotFound("nodes", name);
  const std::string observed = ReadyStatus(*node);
  if (observed == "Unknown") return api::Status::Ok();
  const UnixMs now = store_.clock().NowUnixMs();
  Health& health = health_[name];
  health.ready_status = "Unknown";
  health.ready_transition_ms = now;
  health.probe_ms = last_heartbeat_ms;
  store_.Patch<api::Node>(
      "", name,
      [&](api::Node& n) {
        for (auto& c : n.status.conditions) {
          if (!MonitoredCondition(c.type) || c.status == "Unknown") continue;
          c.status = "Unknown";
          c.reason = "NodeStatusUnknown";
          c.message = "Kubelet stopped posting node status.";
          c.last_transition_time = ApiTime(now);
        }
        return api::Status::Ok();
      },
      /*status_only=*/true);
  // Only a transition from Ready is reported and marks the pods (upstream issue #112733).
  if (observed == "True") {
    RecordNodeEvent(*node, kNodeNotReady, NodeStatusChangeMessage(name, kNodeNotReady));
    MarkPodsNotReady(name, now);
  }
  return api::Status::Ok();
}

void NodeLifecycleController::OnNode(const api::WatchEvent<api::Node>& event) {
  const std::string& name = event.object->metadata.name;
  // The kubelet posted again (or the node went) before the monitor noticed its silence.
  if (auto s = silent_.find(name);
      s != silent_.end() && (event.type == api::WatchType::kDeleted ||
                             (ReadyStatus(*event.object) != "Unknown" &&
                              event.object->metadata.resource_version > s->second.resource_version))) {
    executor_.Cancel(s->second.timer);
    silent_.erase(s);
  }
  if (event.type == api::WatchType::kDeleted) {
    health_.erase(name);
    return Reconcile();
  }
  const UnixMs now = store_.clock().NowUnixMs();
  const std::string status = ReadyStatus(*event.object);
  auto [it, added] = health_.try_emplace(name);
  Health& health = it->second;
  if (added || status != health.ready_status) {
    health.ready_status = status;
    health.ready_transition_ms = now;
  }
  // Any status but Unknown comes from the kubelet: it is alive.
  if (added || status != "Unknown") health.probe_ms = now;
  Reconcile();
}

// One pass over every node (name order): zone state, taints, evictions.
void NodeLifecycleController::Reconcile() {
  if (wake_) {
    executor_.Cancel(*wake_);
    wake_.reset();
  }
  const UnixMs now = store_.clock().NowUnixMs();
  next_wake_ms_ = 0;
  UpdateZoneState(now);
  for (auto& [name, health] : health_) {
    auto node = store_.Get<api::Node>("", name);
    if (!node) continue;
    if (rules_.taint_nodes_by_condition) ReconcileNoSchedule(*node, now);
    if (rules_.taint_based_evictions) {
      ReconcileNoExecute(*node, now);
    } else {
      ReconcileLegacyEviction(*node, health, now);
    }
  }
  if (next_wake_ms_ == 0) return;
  wake_ = executor_.After(next_wake_ms_ - now, [this] {
    wake_.reset();
    Reconcile();
  });
}

// handleDisruption for the one zone.
void NodeLifecycleController::UpdateZoneState(UnixMs now) {
  std::vector<std::string> statuses;
  for (const auto& [name, health] : health_) statuses.push_back(health.ready_status);
  const ZoneState next = ComputeZoneState(statuses, rules_.zone_partial_disruption);
  const bool was_full = zone_state_ == ZoneState::kFullDisruption;
  const bool is_full = next == ZoneState::kFullDisruption;
  for (auto& [name, health] : health_) {
    if (is_full && !was_full) {  // every pending eviction is cancelled
      health.evicted = false;
      health.terminating_since_ms.reset();
    } else if (was_full && !is_full) {  // timestamps start over
      health.probe_ms = health.ready_transition_ms = now;
    }
  }
  const std::optional<int64_t> interval = EvictionIntervalMs(next, statuses.size(), rules_.eviction_interval_ms);
  if (interval != eviction_interval_ms_) next_eviction_ms_ = 0;  // SwapLimiter: a new, full bucket
  eviction_interval_ms_ = interval;
  zone_state_ = next;
}

void NodeLifecycleController::ReconcileNoSchedule(const api::Node& node, UnixMs now) {
  const std::vector<Taint> want = WantedTaints(ReadyStatus(node), kNoSchedule);
  const std::vector<Taint> current = TaintsOf(node);
  if (ReconcileTaints(current, kNoSchedule, want, now) == current) return;
  WriteTaints(node.metadata.name, kNoSchedule, want, now);
}

// doNoExecuteTaintingPass and processTaintBaseEviction: removing the taint,
// or swapping unreachable for not-ready, happens at once; a new taint waits
// for the rate-limited queue.
void NodeLifecycleController::ReconcileNoExecute(const api::Node& node, UnixMs now) {
  const bool full = zone_state_ == ZoneState::kFullDisruption;
  const std::vector<Taint> want = full ? std::vector<Taint>{} : WantedTaints(ReadyStatus(node), kNoExecute);
  const std::vector<Taint> current = TaintsOf(node);
  if (ReconcileTaints(current, kNoExecute, want, now) == current) return;
  if (!want.empty() && !HasManagedTaint(current, kNoExecute) && !TakeEvictionSlot(now)) return;
  WriteTaints(node.metadata.name, kNoExecute, want, now);
}

void NodeLifecycleController::ReconcileLegacyEviction(const api::Node& node, Health& health, UnixMs now) {
  if (health.ready_status == "True") {  // cancelPodEviction
    health.evicted = false;
    health.terminating_since_ms.reset();
    return;
  }
  if (health.terminating_since_ms) TerminatePods(node, health, now);
  if (health.evicted || zone_state_ == ZoneState::kFullDisruption) return;
  const UnixMs due = LegacyEvictionDueMs(health.ready_status, health.ready_transition_ms, health.probe_ms,
                                         rules_.pod_eviction_timeout_ms);
  if (now < due) return WakeAt(due);
  if (!TakeEvictionSlot(now)) return;
  health.evicted = true;
  if (DeletePods(node) && rules_.force_delete_evicted_pods) {
    health.terminating_since_ms = now;
    TerminatePods(node, health, now);
  }
}

// DeletePods: every pod of the node is deleted (gracefully); true when some
// were deleted or were being deleted already.
bool NodeLifecycleController::DeletePods(const api::Node& node) {
  const std::string& name = node.metadata.name;
  const auto pods = api::PodsOnNode(store_, name);
  if (pods.empty()) return false;
  RecordNodeEvent(node, kDeletingAllPods, NodeEventMessage(name, DeletingAllPodsText(name)));
  bool remaining = false;
  for (const auto& pod : pods) {
    const api::ObjectMeta& meta = pod->metadata;
    if (rules_.node_lost_reason) {
      store_.Patch<api::Pod>(
          meta.namespace_, meta.name,
          [&](api::Pod& p) {
            SetNodeLostReason(p.status, name, meta.name);
            return api::Status::Ok();
          },
          /*status_only=*/true);
    }
    if (meta.deletion_grace_period_seconds) {
      remaining = true;
      continue;
    }
    events_.Record(api::RefTo(*pod), api::kEventNormal, kNodeControllerEviction,
                   NodeControllerEvictionMessage(meta.name, name));
    if (store_.Delete<api::Pod>(meta.namespace_, meta.name).ok()) remaining = true;
  }
  return remaining;
}

// terminatePods (1.3/1.4): evicted pods whose grace period is over are force-deleted.
void NodeLifecycleController::TerminatePods(const api::Node& node, Health& health, UnixMs now) {
  const std::string& name = node.metadata.name;
  bool complete = true;
  for (const auto& pod : api::PodsOnNode(store_, name)) {
    const auto& grace = pod->metadata.deletion_grace_period_seconds;
    if (!grace) continue;
    const UnixMs due = ForceDeleteDueMs(*health.terminating_since_ms, *grace, rules_.maximum_grace_period_ms);
    if (now < due) {
      complete = false;
      WakeAt(due);
      continue;
    }
    RecordNodeEvent(node, kTerminatingEvictedPod,
                    NodeEventMessage(name, TerminatingEvictedPodText(pod->metadata.name, name)));
    api::DeleteOptions force;
    force.grace_period_seconds = 0;
    store_.Delete<api::Pod>(pod->metadata.namespace_, pod->metadata.name, force);
  }
  if (!complete) return;
  RecordNodeEvent(node, kTerminatedAllPods, NodeEventMessage(name, TerminatedAllPodsText(name)));
  health.terminating_since_ms.reset();
}

void NodeLifecycleController::MarkPodsNotReady(const std::string& node, UnixMs now) {
  for (const auto& pod : api::PodsOnNode(store_, node)) {
    bool changed = false;
    auto result = store_.Patch<api::Pod>(
        pod->metadata.namespace_, pod->metadata.name,
        [&](api::Pod& p) {
          if (p.metadata.uid != pod->metadata.uid) return api::Status::Conflict("pods", p.metadata.name);
          changed = MarkPodNotReady(p.status, now);
          return api::Status::Ok();
        },
        /*status_only=*/true);
    if (!result.ok() || !changed || !rules_.pod_not_ready_event) continue;
    // Recorded after the update, "to make sure pod still exists".
    events_.Record(api::RefTo(*pod), api::kEventWarning, kNodeNotReady, kNodeIsNotReady);
  }
}

// The token bucket of the eviction queue: one node per interval, none while stopped.
bool NodeLifecycleController::TakeEvictionSlot(UnixMs now) {
  if (!eviction_interval_ms_) return false;
  if (now < next_eviction_ms_) {
    WakeAt(next_eviction_ms_);
    return false;
  }
  next_eviction_ms_ = now + *eviction_interval_ms_;
  return true;
}

void NodeLifecycleController::WriteTaints(const std::string& node, const char* effect, const std::vector<Taint>& want,
                                          UnixMs now) {
  store_.Patch<api::Node>("", node, [&](api::Node& n) {
    SetTaints(n, ReconcileTaints(TaintsOf(n), effect, want, now));
    return api::Status::Ok();
  });
}

void NodeLifecycleController::WakeAt(UnixMs t) {
  if (next_wake_ms_ == 0 || t < next_wake_ms_) next_wake_ms_ = t;
}

// RecordNodeEvent / RecordNodeStatusChange: a Normal event about the node.
void NodeLifecycleController::RecordNodeEvent(const api::Node& node, const std::string& reason,
                                              const std::string& message) {
  api::ObjectReference ref;
  ref.kind = "Node";
  ref.name = node.metadata.name;
  ref.uid = rules_.node_event_uid_is_name ? node.metadata.name : node.metadata.uid.str();
  if (rules_.node_event_refs_have_api_version) ref.api_version = "v1";
  events_.Record(ref, api::kEventNormal, reason, message);
}

}  // namespace jobsim::sim
