#include "sim/node/pod_status_builder.h"

#include <catch2/catch.hpp>

#include <map>

#include "sim/node/image_ref.h"

using namespace jobsim;
using namespace jobsim::sim;

namespace {

constexpr UnixMs kNow = 1'735'689'610'000;  // 2025-01-01T00:00:10Z

api::Pod BoundPod(const std::string& policy = "Never") {
  api::Pod pod;
  pod.metadata.name = "pi-x2kqz";
  pod.metadata.namespace_ = "default";
  pod.metadata.uid = "u1";
  pod.spec.Mut().restart_policy = policy;
  pod.spec.Mut().containers.push_back(api::Container{.name = "pi", .image = "perl:5.34.0"});
  pod.status.phase = "Pending";
  api::Condition scheduled;
  scheduled.type = "PodScheduled";
  scheduled.status = "True";
  scheduled.last_transition_time = kNow - 5'000;
  pod.status.conditions.push_back(scheduled);
  return pod;
}

ContainerRecord Record(const api::Container& spec, bool init = false) {
  const KubeletRules rules;
  // Kept, as a node keeps them: the record refers to them.
  static std::map<std::string, ImageNames> names;
  const ImageNames& image = names.try_emplace(spec.image, ResolveImage(rules.runtime, spec.image)).first->second;
  return NewContainerRecord(spec, init, image, rules);
}

ContainerInstance Instance(ContainerInstance::State state, int32_t exit_code = 0, int32_t attempt = 0) {
  ContainerInstance i;
  i.status_id = StatusContainerId(ContainerRuntime::kContainerd, std::string(64, 'a'));
  i.attempt = attempt;
  i.state = state;
  i.created_at = kNow - 3'000;
  i.started_at = kNow - 2'500;
  i.finished_at = state == ContainerInstance::State::kExited ? kNow - 500 : 0;
  i.exit_code = exit_code;
  i.reason = state == ContainerInstance::State::kExited ? (exit_code ? "Error" : "Completed") : "";
  return i;
}

struct Built {
  api::PodStatus status;
  std::string Conditions() const {
    std::string out;
    for (const auto& c : status.conditions) {
      out += c.type + "=" + c.status + (c.reason.empty() ? "" : "/" + c.reason) +
             (c.message.empty() ? "" : " (" + c.message + ")") + "; ";
    }
    return out;
  }
};

Built Build(const api::Pod& pod, std::vector<ContainerRecord> init, std::vector<ContainerRecord> regular,
            const KubeletRules& rules = KubeletRules{}, bool sandbox = true, bool terminal = false,
            std::optional<Eviction> eviction = std::nullopt) {
  PodStatusInput in;
  in.pod = &pod;
  std::vector<const ContainerRecord*> init_records, regular_records;
  for (const ContainerRecord& r : init) init_records.push_back(&r);
  for (const ContainerRecord& r : regular) regular_records.push_back(&r);
  ContainerStatusLists statuses;
  statuses.Update(init_records, regular_records, !init_records.empty(), rules);
  in.regular = regular_records;
  in.statuses = &statuses;
  in.host_ips = std::vector<std::string>{"10.0.0.1"};
  in.pod_ip = sandbox ? "10.244.0.2" : "";
  in.start_time = kNow - 5'000;
  in.sandbox_ready = sandbox;
  in.pod_is_terminal = terminal;
  in.eviction = eviction;
  in.now = kNow + 400;
  Built built{pod.status};
  UpdatePodStatus(in, rules, built.status);
  return built;
}

}  // namespace

TEST_CASE("the first sync: Pending, ContainerCreating, no pod IP yet") {
  const api::Pod pod = BoundPod();
  const Built b = Build(pod, {}, {Record(pod.spec->containers[0])}, KubeletRules{}, /*sandbox=*/false);
  CHECK(b.status.phase == "Pending");
  CHECK(b.status.pod_ip.empty());
  CHECK(b.status.host_ip == "10.0.0.1");
  CHECK(b.status.start_time == kNow - 5'000);
  REQUIRE(b.status.container_statuses.size() == 1);
  const api::ContainerStatus& s = b.status.container_statuses[0];
  REQUIRE(s.state.waiting());
  CHECK(s.state.waiting()->reason == "ContainerCreating");
  CHECK(s.image == "perl:5.34.0");
  CHECK(s.image_id.empty());
  CHECK(s.started == false);
  CHECK(b.Conditions() ==
        "PodReadyToStartContainers=False; Initialized=True; "
        "Ready=False/ContainersNotReady (containers with unready status: [pi]); "
        "ContainersReady=False/ContainersNotReady (containers with unready status: [pi]); PodScheduled=True; ");
  // PodScheduled keeps the binding's transition time; the others start now.
  CHECK(b.status.conditions[4].last_transition_time == kNow - 5'000);
  CHECK(b.status.conditions[0].last_transition_time == kNow);
}

TEST_CASE("1.3 has no PodReadyToStartContainers and no ContainersReady") {
  KubeletRules rules;
  rules.pod_ready_to_start_containers = false;
  rules.containers_ready_condition = false;
  rules.container_started_field = false;
  const api::Pod pod = BoundPod();
  const Built b = Build(pod, {}, {Record(pod.spec->containers[0])}, rules);
  CHECK(b.Conditions() ==
        "Initialized=True; Ready=False/ContainersNotReady (containers with unready status: [pi]); PodScheduled=True; ");
  CHECK_FALSE(b.status.container_statuses[0].started.has_value());
}

TEST_CASE("running, then succeeded, then failed") {
  const api::Pod pod = BoundPod();
  ContainerRecord r = Record(pod.spec->containers[0]);
  r.instances.push_back(Instance(ContainerInstance::State::kRunning));
  Built running = Build(pod, {}, {r});
  CHECK(running.status.phase == "Running");
  CHECK(running.status.pod_ip == "10.244.0.2");
  const api::ContainerStatus& s = running.status.container_statuses[0];
  CHECK(s.ready);
  CHECK(s.started == true);
  REQUIRE(s.state.running());
  CHECK(s.state.running()->started_at == kNow - 3'000);  // truncated to the second
  CHECK(s.container_id == "containerd://" + std::string(64, 'a'));
  CHECK(s.image == "docker.io/library/perl:5.34.0");
  CHECK(running.Conditions() ==
        "PodReadyToStartContainers=True; Initialized=True; Ready=True; ContainersReady=True; PodScheduled=True; ");

  r.instances.back() = Instance(ContainerInstance::State::kExited, 0);
  const Built succeeded = Build(pod, {}, {r});
  CHECK(succeeded.status.phase == "Succeeded");
  CHECK(succeeded.Conditions() ==
        "PodReadyToStartContainers=True; Initialized=True/PodCompleted; Ready=False/PodCompleted; "
        "ContainersReady=False/PodCompleted; PodScheduled=True; ");
  REQUIRE(succeeded.status.container_statuses[0].state.terminated());
  CHECK(succeeded.status.container_statuses[0].state.terminated()->reason == "Completed");

  r.instances.back() = Instance(ContainerInstance::State::kExited, 1);
  CHECK(Build(pod, {}, {r}).Conditions() ==
        "PodReadyToStartContainers=True; Initialized=True; Ready=False/PodFailed; ContainersReady=False/PodFailed; "
        "PodScheduled=True; ");
  KubeletRules rules126;
  rules126.failed_pod_ready_reason = false;
  CHECK(Build(pod, {}, {r}, rules126).Conditions() ==
        "PodReadyToStartContainers=True; Initialized=True; Ready=False/ContainersNotReady (containers with unready "
        "status: [pi]); ContainersReady=False/ContainersNotReady (containers with unready status: [pi]); "
        "PodScheduled=True; ");
}

TEST_CASE("a status refers to the node's image names and the instance's container id, copying none") {
  const api::Pod pod = BoundPod();
  ContainerRecord r = Record(pod.spec->containers[0]);
  const api::ContainerStatus waiting = Build(pod, {}, {r}).status.container_statuses[0];
  CHECK(&waiting.image.get() == &r.image->as_written.get());
  r.instances.push_back(Instance(ContainerInstance::State::kExited, 0));
  const api::ContainerStatus s = Build(pod, {}, {r}).status.container_statuses[0];
  CHECK(&s.image.get() == &r.image->status_image.get());
  CHECK(&s.image_id.get() == &r.image->status_image_id.get());
  CHECK(&s.container_id.get() == &r.instances[0].status_id.get());
  CHECK(&s.state.terminated()->container_id.get() == &r.instances[0].status_id.get());
}

TEST_CASE("a crash-looping container shows its cached reason over the exit") {
  const api::Pod pod = BoundPod("OnFailure");
  ContainerRecord r = Record(pod.spec->containers[0]);
  r.instances.push_back(Instance(ContainerInstance::State::kExited, 1, 0));
  r.instances.push_back(Instance(ContainerInstance::State::kExited, 1, 1));
  r.waiting = api::ContainerStateWaiting{"CrashLoopBackOff", "back-off 10s restarting failed container=pi pod=x"};
  r.will_restart = true;
  const Built b = Build(pod, {}, {r});
  CHECK(b.status.phase == "Running");
  const api::ContainerStatus& s = b.status.container_statuses[0];
  CHECK(s.restart_count == 1);
  REQUIRE(s.state.waiting());
  CHECK(s.state.waiting()->reason == "CrashLoopBackOff");
  REQUIRE(s.last_state.terminated());
  CHECK(s.last_state.terminated()->exit_code == 1);
  // Not restarting (deleted): the exit shows.
  r.will_restart = false;
  CHECK(Build(pod, {}, {r}).status.container_statuses[0].state.terminated());
}

TEST_CASE("init containers: PodInitializing, incomplete, spec order; regular statuses by name") {
  api::Pod pod = BoundPod();
  pod.spec.Mut().init_containers = {api::Container{.name = "setup", .image = "busybox"},
                              api::Container{.name = "migrate", .image = "busybox"}};
  pod.spec.Mut().containers.push_back(api::Container{.name = "agent", .image = "busybox"});
  ContainerRecord setup = Record(pod.spec->init_containers[0], true);
  setup.instances.push_back(Instance(ContainerInstance::State::kRunning));
  const Built b = Build(pod, {setup, Record(pod.spec->init_containers[1], true)},
                        {Record(pod.spec->containers[0]), Record(pod.spec->containers[1])});
  CHECK(b.status.phase == "Pending");
  REQUIRE(b.status.init_container_statuses.size() == 2);
  CHECK(b.status.init_container_statuses[0].name == "setup");
  CHECK(b.status.init_container_statuses[1].state.waiting()->reason == "PodInitializing");
  CHECK(b.status.container_statuses[0].name == "agent");
  CHECK(b.status.container_statuses[1].state.waiting()->reason == "PodInitializing");
  CHECK(b.Conditions().find("Initialized=False/ContainersNotInitialized (containers with incomplete status: "
                            "[setup migrate])") != std::string::npos);
}

TEST_CASE("containers without a status are listed as unknown before the unready ones") {
  api::Pod pod = BoundPod();
  pod.spec.Mut().containers.push_back(api::Container{.name = "agent", .image = "busybox"});
  pod.spec.Mut().containers.push_back(api::Container{.name = "web", .image = "nginx"});
  // No record for agent and web: the kubelet has no status for them yet.
  const Built b = Build(pod, {}, {Record(pod.spec->containers[0])});
  CHECK(b.Conditions() ==
        "PodReadyToStartContainers=True; Initialized=True; "
        "Ready=False/ContainersNotReady (containers with unknown status: [agent web], containers with unready "
        "status: [pi]); ContainersReady=False/ContainersNotReady (containers with unknown status: [agent web], "
        "containers with unready status: [pi]); PodScheduled=True; ");
}

TEST_CASE("conditions the kubelet does not own stay first; a write that changes none keeps the stored list") {
  api::Pod pod = BoundPod();
  api::Condition target{.type = "DisruptionTarget", .status = "True", .reason = "DeletionByPodGC"};
  pod.status.conditions.Mut().insert(pod.status.conditions.begin(), target);
  const Built first = Build(pod, {}, {Record(pod.spec->containers[0])});
  CHECK(first.Conditions().rfind("DisruptionTarget=True/DeletionByPodGC; PodReadyToStartContainers=True; ", 0) == 0);
  pod.status = first.status;
  const Built again = Build(pod, {}, {Record(pod.spec->containers[0])});
  CHECK(&again.status.conditions.get() == &pod.status.conditions.get());
  pod.status.conditions.Mut()[1].status = "False";  // as another writer left it
  const Built changed = Build(pod, {}, {Record(pod.spec->containers[0])});
  CHECK(&changed.status.conditions.get() != &pod.status.conditions.get());
  CHECK(changed.status.conditions[1].status == "True");
  CHECK(changed.status.conditions[1].last_transition_time == kNow);
}

TEST_CASE("a terminal phase is sticky; an eviction fails the pod with its reason") {
  api::Pod pod = BoundPod("OnFailure");
  ContainerRecord r = Record(pod.spec->containers[0]);
  r.instances.push_back(Instance(ContainerInstance::State::kRunning));
  const Built evicted =
      Build(pod, {}, {r}, KubeletRules{}, true, false,
            Eviction{"DeadlineExceeded", "Pod was active on the node longer than the specified deadline"});
  CHECK(evicted.status.phase == "Failed");
  CHECK(evicted.status.reason == "DeadlineExceeded");
  pod.status = evicted.status;
  r.instances.back() = Instance(ContainerInstance::State::kExited, 137);
  const Built after = Build(pod, {}, {r});
  CHECK(after.status.phase == "Failed");
  CHECK(after.status.reason == "DeadlineExceeded");
  CHECK(after.status.message == "Pod was active on the node longer than the specified deadline");
}

// One status write of a one-container pod through the node's memo, 400 ms
// after kNow, as the kubelet makes it.
api::PodStatus WriteWithMemo(const api::Pod& pod, const ContainerRecord& r, bool sandbox_ready, ConditionsMemo& memo) {
  PodStatusInput in;
  in.pod = &pod;
  const ContainerRecord* records[] = {&r};
  ContainerStatusLists statuses;
  statuses.Update({}, records, false, KubeletRules{});
  in.regular = records;
  in.statuses = &statuses;
  in.host_ips = std::vector<std::string>{"10.0.0.1"};
  in.start_time = kNow - 5'000;
  in.sandbox_ready = sandbox_ready;
  in.now = kNow + 400;
  in.memo = &memo;
  api::PodStatus status = pod.status;
  UpdatePodStatus(in, KubeletRules{}, status);
  return status;
}

TEST_CASE("two pods whose conditions come out the same share the node's list") {
  const api::Pod pod = BoundPod();
  const ContainerRecord r = Record(pod.spec->containers[0]);
  ConditionsMemo memo;
  const api::PodStatus a = WriteWithMemo(pod, r, /*sandbox_ready=*/false, memo);
  const api::PodStatus b = WriteWithMemo(pod, r, /*sandbox_ready=*/false, memo);
  CHECK(&a.conditions.get() == &b.conditions.get());
  const Built alone = Build(pod, {}, {r}, KubeletRules{}, /*sandbox=*/false);
  CHECK(a.conditions.get() == alone.status.conditions.get());
}

TEST_CASE("the memo's change over one list is taken only by pods with the same inputs") {
  api::Pod pi = BoundPod();
  api::Pod pj = BoundPod();
  pj.spec.Mut().containers = std::vector<api::Container>{api::Container{.name = "pj", .image = "perl:5.34.0"}};
  pj.status.conditions = pi.status.conditions;  // one stored list, as pods bound in one second share
  const ContainerRecord pi_record = Record(pi.spec->containers[0]);
  ContainerRecord pj_record = Record(pj.spec->containers[0]);
  ConditionsMemo memo;
  auto write = [&](const api::Pod& pod, const ContainerRecord& r) {
    return WriteWithMemo(pod, r, /*sandbox_ready=*/true, memo);
  };
  const api::PodStatus first = write(pi, pi_record);
  CHECK(&write(pi, pi_record).conditions.get() == &first.conditions.get());
  const api::PodStatus other_name = write(pj, pj_record);
  CHECK(Built{other_name}.Conditions().find("[pj]") != std::string::npos);
  pj_record.instances.push_back(Instance(ContainerInstance::State::kRunning));
  const api::PodStatus running = write(pj, pj_record);
  CHECK(Built{running}.Conditions().find("Ready=True") != std::string::npos);
  const Built alone = Build(pj, {}, {pj_record}, KubeletRules{});
  CHECK(running.conditions.get() == alone.status.conditions.get());
}

TEST_CASE("a status list is built again only after one of its records changed, and then only that list") {
  const api::Pod pod = BoundPod();
  const api::Container sidecar{.name = "log", .image = "busybox"};
  ContainerRecord init = Record(sidecar, /*init=*/true);
  ContainerRecord r = Record(pod.spec->containers[0]);
  const ContainerRecord* init_records[] = {&init};
  const ContainerRecord* regular_records[] = {&r};
  const KubeletRules rules;
  ContainerStatusLists lists;
  lists.Update(init_records, regular_records, true, rules);
  const api::Cow<std::vector<api::ContainerStatus>> first_init = lists.init();
  const api::Cow<std::vector<api::ContainerStatus>> first = lists.regular();
  REQUIRE(first->size() == 1);
  REQUIRE(first[0].state.waiting());
  CHECK(first[0].state.waiting()->reason == "PodInitializing");

  r.instances.push_back(Instance(ContainerInstance::State::kRunning));
  lists.Update(init_records, regular_records, true, rules);  // not told: the list written last stays
  CHECK(&lists.regular().get() == &first.get());

  lists.Invalidate(/*init=*/false);
  lists.Update(init_records, regular_records, true, rules);
  CHECK(lists.regular()[0].state.running());
  CHECK(&lists.init().get() == &first_init.get());
}

TEST_CASE("a write hands the store the worker's list, or leaves an equal stored one shared") {
  api::Pod pod = BoundPod();
  ContainerRecord r = Record(pod.spec->containers[0]);
  r.instances.push_back(Instance(ContainerInstance::State::kRunning));
  const ContainerRecord* records[] = {&r};
  ContainerStatusLists lists;
  lists.Update({}, records, false, KubeletRules{});
  PodStatusInput in;
  in.pod = &pod;
  in.regular = records;
  in.statuses = &lists;
  in.now = kNow;
  api::PodStatus status = pod.status;
  UpdatePodStatus(in, KubeletRules{}, status);
  CHECK(&status.container_statuses.get() == &lists.regular().get());

  api::PodStatus stored = pod.status;
  stored.container_statuses = std::vector<api::ContainerStatus>(lists.regular().get());  // equal, not shared
  const std::vector<api::ContainerStatus>* kept = &stored.container_statuses.get();
  UpdatePodStatus(in, KubeletRules{}, stored);
  CHECK(&stored.container_statuses.get() == kept);
}
