#include "kubectl/get_printer.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

std::shared_ptr<const api::Pod> PodNamed(const std::string& name, const std::string& phase, UnixMs created,
                                         api::ContainerState state, int restarts = 0) {
  api::Pod pod;
  pod.metadata.name = name;
  pod.metadata.namespace_ = "default";
  pod.metadata.creation_timestamp = created;
  pod.metadata.labels = {{"job-name", "pi"}};
  pod.spec.Mut().containers.push_back(api::Container{.name = "pi", .image = "perl"});
  pod.spec.Mut().node_name = "127.0.0.1";
  pod.status.phase = phase;
  api::ContainerStatus s;
  s.name = "pi";
  s.state = state;
  s.restart_count = restarts;
  s.ready = state.running() != nullptr;
  pod.status.container_statuses.push_back(s);
  return std::make_shared<const api::Pod>(pod);
}

api::ContainerState WaitingState(const std::string& reason) {
  api::ContainerState s;
  s = api::ContainerStateWaiting{reason, ""};
  return s;
}

api::ContainerState DoneState(int exit_code, const std::string& reason) {
  api::ContainerState s;
  s = api::ContainerStateTerminated{.exit_code = exit_code, .reason = reason};
  return s;
}

std::shared_ptr<const api::Job> JobNamed(const std::string& name, UnixMs created) {
  api::Job job;
  job.metadata.name = name;
  job.metadata.namespace_ = "default";
  job.metadata.creation_timestamp = created;
  job.spec.completions = 1;
  job.spec.parallelism = 1;
  job.spec.selector.emplace().match_labels = {{"controller-uid", "u1"}};
  job.spec.template_.spec.Mut().containers.push_back(api::Container{.name = "pi", .image = "perl:5.34.0"});
  job.status.start_time = created + kSecond;
  return std::make_shared<const api::Job>(job);
}

}  // namespace

TEST_CASE("get pods (1.3): the seed's listing, 10-wide minimum columns, 3 spaces padding") {
  const UnixMs now = kSeedStart + 60 * kSecond;
  const auto pods = std::vector{PodNamed("pi-9d1iv", "Pending", now, WaitingState("ContainerCreating"))};
  CHECK(RenderTable(PodTable(pods, now, {}, Rules13()), Rules13()) ==
        "NAME       READY     STATUS              RESTARTS   AGE\n"
        "pi-9d1iv   0/1       ContainerCreating   0          0s\n");
}

TEST_CASE("get pods (1.3) hides finished pods unless -a, but still prints the header") {
  const UnixMs now = kSeedStart + 90 * kSecond;
  const auto pods = std::vector{PodNamed("pi-83rn2", "Failed", kSeedStart, DoneState(127, "Error")),
                                PodNamed("pi-fvbql", "Failed", kSeedStart, DoneState(127, "Error"))};
  CHECK(RenderTable(PodTable(pods, now, {}, Rules13()), Rules13()) == "NAME      READY     STATUS    RESTARTS   AGE\n");
  TableOptions all;
  all.show_all = true;
  CHECK(RenderTable(PodTable(pods, now, all, Rules13()), Rules13()) ==
        "NAME       READY     STATUS    RESTARTS   AGE\n"
        "pi-83rn2   0/1       Error     0          1m\n"
        "pi-fvbql   0/1       Error     0          1m\n");
  CHECK(RenderTable(PodTable({}, now, {}, Rules13()), Rules13()).empty());
}

TEST_CASE("get pods (1.3) -o wide adds NODE, -A NAMESPACE, --show-labels LABELS") {
  const UnixMs now = kSeedStart + 5 * kSecond;
  TableOptions options;
  options.wide = options.with_namespace = options.show_labels = true;
  const auto pods = std::vector{PodNamed("pi-9d1iv", "Pending", kSeedStart, WaitingState("ContainerCreating"))};
  CHECK(RenderTable(PodTable(pods, now, options, Rules13()), Rules13()) ==
        "NAMESPACE   NAME       READY     STATUS              RESTARTS   AGE       NODE        LABELS\n"
        "default     pi-9d1iv   0/1       ContainerCreating   0          5s        127.0.0.1   job-name=pi\n");
}

TEST_CASE("get pods (1.33): 6-wide minimum, HumanDuration ages, no header without rows") {
  const UnixMs now = kSeedStart + 150 * kSecond;
  api::ContainerState crash = WaitingState("CrashLoopBackOff");
  auto pod = std::make_shared<api::Pod>(*PodNamed("pi-xqbvz", "Running", kSeedStart, crash, 3));
  pod->status.container_statuses.Mut()[0].last_state =
      api::ContainerStateTerminated{.exit_code = 1, .reason = "Error", .finished_at = now - 12 * kSecond};
  const std::vector<std::shared_ptr<const api::Pod>> pods{pod};
  CHECK(RenderTable(PodTable(pods, now, {}, Rules133()), Rules133()) ==
        "NAME       READY   STATUS             RESTARTS      AGE\n"
        "pi-xqbvz   0/1     CrashLoopBackOff   3 (12s ago)   2m30s\n");
  TableOptions wide;
  wide.wide = true;
  CHECK(RenderTable(PodTable(pods, now, wide, Rules133()), Rules133()) ==
        "NAME       READY   STATUS             RESTARTS      AGE     IP       NODE        NOMINATED NODE   READINESS "
        "GATES\n"
        "pi-xqbvz   0/1     CrashLoopBackOff   3 (12s ago)   2m30s   <none>   127.0.0.1   <none>           <none>\n");
  CHECK(RenderTable(PodTable({}, now, {}, Rules133()), Rules133()).empty());
}

TEST_CASE("get jobs (1.3): NAME DESIRED SUCCESSFUL AGE") {
  const auto jobs = std::vector{JobNamed("pi", kSeedStart)};
  CHECK(RenderTable(JobTable(jobs, kSeedStart + 70 * kSecond, {}, Rules13()), Rules13()) ==
        "NAME      DESIRED   SUCCESSFUL   AGE\n"
        "pi        1         0            1m\n");
  TableOptions wide;
  wide.wide = true;
  CHECK(RenderTable(JobTable(jobs, kSeedStart + 70 * kSecond, wide, Rules13()), Rules13()) ==
        "NAME      DESIRED   SUCCESSFUL   AGE       CONTAINER(S)   IMAGE(S)      SELECTOR\n"
        "pi        1         0            1m        pi             perl:5.34.0   controller-uid=u1\n");
}

TEST_CASE("get jobs (1.33): STATUS, COMPLETIONS, DURATION") {
  auto done = std::make_shared<api::Job>(*JobNamed("done", kSeedStart));
  done->status.succeeded = 1;
  done->status.completion_time = kSeedStart + 66 * kSecond;
  done->status.conditions.push_back(api::Condition{.type = "Complete", .status = "True"});
  auto wide_job = std::make_shared<api::Job>(*JobNamed("par", kSeedStart));
  wide_job->spec.completions.reset();
  wide_job->spec.parallelism = 3;
  wide_job->metadata.deletion_timestamp = kSeedStart + 100 * kSecond;
  const std::vector<std::shared_ptr<const api::Job>> jobs{done, wide_job};
  const UnixMs now = kSeedStart + 600 * kSecond;
  CHECK(RenderTable(JobTable(jobs, now, {}, Rules133()), Rules133()) ==
        "NAME   STATUS        COMPLETIONS   DURATION   AGE\n"
        "done   Complete      1/1           65s        10m\n"
        "par    Terminating   0/1 of 3      9m59s      10m\n");
  KubectlRules r129 = Rules133();
  r129.job_status_column = false;
  CHECK(RenderTable(JobTable(jobs, now, {}, r129), r129) ==
        "NAME   COMPLETIONS   DURATION   AGE\n"
        "done   1/1           65s        10m\n"
        "par    0/1 of 3      9m59s      10m\n");
}

TEST_CASE("get events: 1.3's ten columns, modern LAST SEEN TYPE REASON OBJECT MESSAGE") {
  api::Event e = MakeEvent("pi.14ce1", "Job", "pi", "Normal", "SuccessfulCreate", "Created pod: pi-fvbql", kSeedStart,
                           kSeedStart + 10 * kSecond, 2);
  e.source.component = "job-controller";
  const auto events = ToList({e});
  const UnixMs now = kSeedStart + 70 * kSecond;
  CHECK(RenderTable(EventTable(events, now, {}, Rules13()), Rules13()) ==
        "FIRSTSEEN   LASTSEEN   COUNT     NAME      KIND      SUBOBJECT   TYPE      REASON             SOURCE          "
        "    MESSAGE\n"
        "1m          1m         2         pi        Job                   Normal    SuccessfulCreate   {job-controller "
        "}   Created pod: pi-fvbql\n");
  CHECK(RenderTable(EventTable(events, now, {}, Rules133()), Rules133()) ==
        "LAST SEEN   TYPE     REASON             OBJECT   MESSAGE\n"
        "60s         Normal   SuccessfulCreate   job/pi   Created pod: pi-fvbql\n");
  TableOptions wide;
  wide.wide = true;
  CHECK(RenderTable(EventTable(events, now, wide, Rules133()), Rules133()) ==
        "LAST SEEN   TYPE     REASON             OBJECT   SUBOBJECT   SOURCE           MESSAGE                 FIRST "
        "SEEN   COUNT   NAME\n"
        "60s         Normal   SuccessfulCreate   job/pi               job-controller   Created pod: pi-fvbql   70s     "
        "     2       pi.14ce1\n");
}

TEST_CASE("modern cells stop at a line break and defuse terminal escapes") {
  api::Event e =
      MakeEvent("x", "Pod", "p", "Warning", "Failed", "first line\nsecond \x1b[31m", kSeedStart, kSeedStart, 1);
  const std::string out = RenderTable(EventTable(ToList({e}), kSeedStart, {}, Rules133()), Rules133());
  CHECK(out.find("first line...\n") != std::string::npos);
  api::Event color = e;
  color.message = "red \x1b[31m";
  CHECK(RenderTable(EventTable(ToList({color}), kSeedStart, {}, Rules133()), Rules133()).find("red ^[[31m") !=
        std::string::npos);
}

TEST_CASE("get nodes: 1.3 NAME STATUS AGE, modern with ROLES and VERSION") {
  api::Node node;
  node.metadata.name = "127.0.0.1";
  node.metadata.creation_timestamp = kSeedStart;
  node.metadata.labels = {{"node-role.kubernetes.io/control-plane", ""}};
  node.status.conditions.push_back(api::Condition{.type = "Ready", .status = "True"});
  node.status.extra.Mut()["nodeInfo"] = {{"kubeletVersion", "v1.33.0"}};
  const std::vector<std::shared_ptr<const api::Node>> nodes{std::make_shared<const api::Node>(node)};
  const UnixMs now = kSeedStart + 3 * 3600 * kSecond;
  CHECK(RenderTable(NodeTable(nodes, now, {}, Rules13()), Rules13()) ==
        "NAME        STATUS    AGE\n"
        "127.0.0.1   Ready     3h\n");
  CHECK(RenderTable(NodeTable(nodes, now, {}, Rules133()), Rules133()) ==
        "NAME        STATUS   ROLES           AGE   VERSION\n"
        "127.0.0.1   Ready    control-plane   3h    v1.33.0\n");
}
