#include "sim/node/pod_status_builder.h"

#include <algorithm>
#include <span>

#include "sim/node/image_ref.h"
#include "sim/node/pod_conditions.h"
#include "sim/node/pod_phase.h"

namespace jobsim::sim {
namespace {

// Fills an empty state in place (a state built aside and moved in costs more).
void FillState(const ContainerInstance& instance, api::ContainerState& state) {
  switch (instance.state) {
    case ContainerInstance::State::kCreated:
      state.emplace<api::ContainerStateWaiting>();  // created, not yet running: waiting without a reason
      break;
    case ContainerInstance::State::kRunning:
      state = api::ContainerStateRunning{ApiTime(instance.started_at)};
      break;
    case ContainerInstance::State::kExited: {
      api::ContainerStateTerminated& t = state.emplace<api::ContainerStateTerminated>();
      t.exit_code = instance.exit_code;
      t.reason = instance.reason;
      t.message = instance.message;
      t.started_at = ApiTime(instance.started_at);
      t.finished_at = ApiTime(instance.finished_at);
      t.container_id = instance.status_id;
      break;
    }
  }
}

// Readiness without probes: a running container is ready; a regular init
// container is ready once it exited 0.
bool Ready(const ContainerRecord& record) {
  const ContainerInstance* newest = record.newest();
  if (!newest) return false;
  if (record.init && !record.sidecar)
    return newest->state == ContainerInstance::State::kExited && newest->exit_code == 0;
  return newest->state == ContainerInstance::State::kRunning;
}

bool AnyRegularStarted(std::span<const ContainerRecord* const> regular) {
  return std::any_of(regular.begin(), regular.end(), [](const ContainerRecord* r) {
    return std::any_of(r->instances.begin(), r->instances.end(),
                       [](const ContainerInstance& i) { return i.state != ContainerInstance::State::kCreated; });
  });
}

// One container's status, filled into an empty one.
void FillContainerStatus(const ContainerRecord& record, bool pod_has_init_containers, const KubeletRules& rules,
                         api::ContainerStatus& s) {
  s.name = record.spec->name;
  s.restart_count = record.restart_count();
  s.ready = Ready(record);
  const size_t n = record.instances.size();
  if (n == 0) {
    s.image = record.image->as_written;
    s.state = record.waiting.value_or(
        api::ContainerStateWaiting{pod_has_init_containers ? "PodInitializing" : "ContainerCreating", ""});
  } else {
    const ContainerInstance& newest = record.instances[n - 1];
    s.image = record.image->status_image;
    s.image_id = record.image->status_image_id;
    s.container_id = newest.status_id;
    if (record.waiting && record.will_restart && newest.state == ContainerInstance::State::kExited) {
      // The cached reason is shown over the exit, which moves to lastState.
      s.state = *record.waiting;
      FillState(newest, s.last_state);
    } else {
      FillState(newest, s.state);
      if (n > 1) FillState(record.instances[n - 2], s.last_state);
    }
  }
  if (rules.container_started_field) s.started = record.running();
}

std::vector<api::ContainerStatus> Statuses(std::span<const ContainerRecord* const> records, bool has_init,
                                           const KubeletRules& rules) {
  std::vector<api::ContainerStatus> out(records.size());
  for (size_t i = 0; i < records.size(); ++i) FillContainerStatus(*records[i], has_init, rules, out[i]);
  return out;
}

// A list equal to the stored one leaves that shared (the store's comparison
// of the two versions is then cheap); a new one is shared with the worker's.
void SetStatuses(api::Cow<std::vector<api::ContainerStatus>>& stored,
                 const api::Cow<std::vector<api::ContainerStatus>>& built) {
  if (stored == built) return;
  stored = built;
}

std::string Phase(const PodStatusInput& in, const std::string& old_phase, const KubeletRules& rules,
                  const std::vector<api::ContainerStatus>& init, const std::vector<api::ContainerStatus>& regular,
                  bool has_initialized) {
  if (IsTerminalPhase(old_phase)) return old_phase;  // a terminal phase never changes
  if (in.eviction) return "Failed";
  PhaseInput p;
  p.spec = &in.pod->spec.get();
  p.init_statuses = &init;
  p.statuses = &regular;
  p.pod_is_terminal = in.pod_is_terminal;
  p.pod_has_initialized = has_initialized;
  p.native_sidecars = rules.native_sidecars;
  p.terminal_phase_on_deletion = rules.terminal_phase_on_deletion;
  return PodPhase(p);
}

// status.podIPs. Left shared when already so.
void SetIpList(api::Cow<std::vector<std::string>>& ips, const std::string& ip) {
  if (ips.size() == 1 && ips[0] == ip) return;
  ips = std::vector<std::string>{ip};
}

}  // namespace

api::ContainerStatus BuildContainerStatus(const ContainerRecord& record, bool pod_has_init_containers,
                                          const KubeletRules& rules) {
  api::ContainerStatus s;
  FillContainerStatus(record, pod_has_init_containers, rules, s);
  return s;
}

void ContainerStatusLists::Update(std::span<const ContainerRecord* const> init,
                                  std::span<const ContainerRecord* const> regular, bool pod_has_init_containers,
                                  const KubeletRules& rules) {
  if (init_stale_) {
    if (!init.empty()) init_ = Statuses(init, pod_has_init_containers, rules);  // else unset: reads as empty
    init_stale_ = false;
  }
  if (regular_stale_) {
    std::vector<api::ContainerStatus> built = Statuses(regular, pod_has_init_containers, rules);
    if (built.size() > 1) {  // std::sort's set-up costs more than a one-container pod's status
      std::sort(built.begin(), built.end(),
                [](const api::ContainerStatus& a, const api::ContainerStatus& b) { return a.name < b.name; });
    }
    regular_ = std::move(built);
    regular_stale_ = false;
  }
}

void UpdatePodStatus(const PodStatusInput& in, const KubeletRules& rules, api::PodStatus& status) {
  const std::vector<api::ContainerStatus>& init = in.statuses->init();
  const std::vector<api::ContainerStatus>& regular = in.statuses->regular();
  const bool has_initialized = AnyRegularStarted(in.regular);
  std::string phase = Phase(in, status.phase, rules, init, regular, has_initialized);
  if (in.eviction && phase == "Failed" && !IsTerminalPhase(status.phase)) {
    status.reason = in.eviction->reason;
    status.message = in.eviction->message;
  } else if (phase != status.phase) {
    status.reason.clear();
    status.message.clear();
  }
  status.phase = std::move(phase);
  if (in.host_ips.empty()) {
    status.host_ip.clear();
  } else {
    status.host_ip = in.host_ips[0];
  }
  status.pod_ip = in.pod_ip;
  status.start_time = in.start_time;
  if (rules.host_ips_field && !in.host_ips.empty() && !(status.host_ips == in.host_ips)) status.host_ips = in.host_ips;
  if (rules.pod_ips_field && !in.pod_ip.empty()) SetIpList(status.pod_ips, in.pod_ip);
  ConditionsInput c;
  c.pod = in.pod;
  c.init_statuses = &init;
  c.statuses = &regular;
  c.phase = status.phase;
  c.sandbox_ready = in.sandbox_ready;
  c.pod_has_initialized = has_initialized;
  c.now = ApiTime(in.now);
  c.memo = in.memo;
  c.container_names = in.container_names;
  UpdatePodConditions(c, rules, status.conditions);
  SetStatuses(status.init_container_statuses, in.statuses->init());
  SetStatuses(status.container_statuses, in.statuses->regular());
}

}  // namespace jobsim::sim
