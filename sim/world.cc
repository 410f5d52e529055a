#include "sim/world.h"

#include "controller/job_controller.h"
#include "controller/ttl_after_finished_controller.h"
#include "fakeapi/node_lease.h"
#include "sim/events/event_recorder.h"
#include "sim/node/kubelet.h"
#include "sim/node/node_status.h"
#include "sim/node/runtime_model.h"
#include "sim/node/scheduler.h"
#include "sim/nodelifecycle/node_lifecycle_controller.h"
#include "sim/nodelifecycle/taint_eviction_controller.h"
#include "sim/podgc/pod_gc_controller.h"

namespace jobsim::sim {
namespace {

// Timing fields a scenario leaves out take the era's defaults.
RuntimeTiming MergeTiming(const RuntimeTiming& given, const RuntimeTiming& era) {
  RuntimeTiming t = era;
  if (given.schedule_set) t.schedule_ms = given.schedule_ms;
  if (given.image_pull_set) t.image_pull_ms = given.image_pull_ms;
  if (given.container_start_set) t.container_start_ms = given.container_start_ms;
  return t;
}

}  // namespace

World::World(WorldOptions options)
    : options_(std::move(options)), clock_(options_.start_unix_ms), loop_(clock_) {
  const Profile& p = options_.profile;
  options_.runtime.timing = MergeTiming(options_.runtime.timing, p.default_timing);
  store_ = std::make_unique<api::Store>(clock_, options_.seed, loop_, p.api);
  CreateClusterObjects();

  controller_events_ = NewEventRecorder(*store_, {"job-controller", ""}, p.events);
  // events.k8s.io/v1 names the scheduler instance "<component>-<host>"; core/v1 events of
  // the 1.3 era showed an empty host ("{default-scheduler }").
  const std::string scheduler_host = p.scheduler_events == EventApi::kEventsV1 ? "control-plane" : "";
  scheduler_events_ = NewEventRecorder(*store_, {"default-scheduler", scheduler_host}, p.events, p.scheduler_events);
  runtime_ = std::make_unique<RuntimeModel>(options_.runtime, p.kubelet, options_.seed);
  scheduler_ = std::make_unique<Scheduler>(*store_, loop_, *scheduler_events_, options_.runtime.timing, p.kubelet);
  for (const std::string& node : options_.nodes) {
    kubelet_events_.push_back(NewEventRecorder(*store_, {"kubelet", node}, p.events));
    kubelets_.push_back(std::make_unique<Kubelet>(node, *store_, loop_, clock_, *kubelet_events_.back(),
                                                  p.kubelet, *runtime_, options_.runtime.timing,
                                                  options_.seed));
  }
  node_lifecycle_events_ = NewEventRecorder(*store_, {p.node_lifecycle.node_controller_component, ""}, p.events);
  node_lifecycle_ =
      std::make_unique<NodeLifecycleController>(*store_, loop_, *node_lifecycle_events_, p.node_lifecycle);
  if (p.node_lifecycle.taint_manager) {
    taint_eviction_events_ = NewEventRecorder(*store_, {p.node_lifecycle.taint_manager_component, ""}, p.events);
    taint_eviction_ =
        std::make_unique<TaintEvictionController>(*store_, loop_, *taint_eviction_events_, p.node_lifecycle);
  }
  pod_gc_ = std::make_unique<PodGcController>(*store_, loop_, options_.profile.pod_gc);
  scheduler_->Start();
  for (auto& kubelet : kubelets_) kubelet->Start();
  node_lifecycle_->Start();
  if (taint_eviction_) taint_eviction_->Start();
  pod_gc_->Start();
  StartController();
  // Runs in every release: where TTLAfterFinished is off the API server drops
  // the field, so it never finds a Job to clean up.
  ttl_controller_ = std::make_unique<controller::TtlAfterFinishedController>(*store_, loop_, clock_);
  ttl_controller_->Start();
}

World::~World() = default;

void World::CreateClusterObjects() {
  auto ns = [](const char* name) {
    api::Namespace out;
    out.metadata.name = name;
    return out;
  };
  store_->Create(ns("default"));
  store_->Create(ns("kube-system"));
  const api::ApiRules& api = options_.profile.api;
  if (api.kube_public_namespace) store_->CreateSystemObject(ns("kube-public"));
  if (api.kube_node_lease_namespace) store_->CreateSystemObject(ns(api::kNodeLeaseNamespace));
  for (size_t i = 0; i < options_.nodes.size(); ++i) {
    const auto labels = options_.node_labels.find(options_.nodes[i]);
    store_->Create(RegisteredNode(options_.nodes[i], static_cast<int>(i), clock_.NowUnixMs(), options_.seed,
                                  options_.profile.kubelet,
                                  labels == options_.node_labels.end() ? api::StringMap{} : labels->second));
  }
}

void World::StartController() {
  controller_ = std::make_unique<controller::JobController>(*store_, loop_, clock_, *controller_events_,
                                                            options_.profile.controller);
  controller_->Start();
}

void World::RunUntil(ElapsedMs t) { loop_.RunUntil(t); }

bool World::RunUntil(ElapsedMs deadline, const std::function<bool()>& done) {
  return loop_.RunUntilCondition(deadline, done);
}

void World::RestartController() {
  controller_->Stop();
  StartController();
}

api::Status World::SetNodeReady(const std::string& node, bool ready) {
  Kubelet* kubelet = KubeletOn(node);
  if (!kubelet) return api::Status::NotFound("nodes", node);
  kubelet->SetApiReachable(ready);
  return ready ? api::Status::Ok() : node_lifecycle_->KubeletSilent(node);
}

Kubelet* World::KubeletOn(const std::string& node) {
  for (size_t i = 0; i < options_.nodes.size(); ++i) {
    if (options_.nodes[i] == node) return kubelets_[i].get();
  }
  return nullptr;
}

api::Status World::KillContainers(const std::string& selector, const std::string& container, int32_t exit_code,
                                  const std::string& reason) {
  api::ListOptions options;
  if (api::Status st = api::Selector::Parse(selector, options.labels); !st.ok()) return st;
  std::vector<std::shared_ptr<const api::Pod>> pods;
  if (api::Status st = store_->List(options, pods); !st.ok()) return st;
  for (const auto& pod : pods) {
    Kubelet* kubelet = KubeletOn(pod->spec->node_name);
    if (!kubelet) continue;
    for (const auto& c : pod->spec->containers) {
      if (!container.empty() && c.name != container) continue;
      kubelet->KillContainer(pod->metadata.namespace_, pod->metadata.name, c.name, exit_code, reason);
    }
  }
  return api::Status::Ok();
}

}  // namespace jobsim::sim
