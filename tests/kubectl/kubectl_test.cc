#include "kubectl/kubectl.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"
#include "tests/support/fake_dispatcher.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

api::ApiRules Api13() {
  api::ApiRules r;
  r.minor = 3;
  r.job_prefixed_labels = false;
  r.job_backoff_limit = false;
  r.job_suspend = r.job_completion_mode = r.job_ttl = r.job_pod_replacement_policy = r.job_status_ready = false;
  r.job_default_manual_selector = r.job_managed_by = false;
  r.pod_default_tolerations = r.pod_enable_service_links = r.pod_preemption_policy = false;
  r.pod_termination_message_policy = r.pod_scheduler_name = false;
  return r;
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

struct Cluster {
  explicit Cluster(api::ApiRules rules) : store(clock, 1, dispatcher, rules) {}
  VirtualClock clock{kSeedStart};
  jobsim::test::QueueDispatcher dispatcher;
  api::Store store;

  Output Kubectl(const std::string& line, const KubectlRules& rules) {
    return Run(SplitCommandLine(line), store, rules);
  }

  const api::Job& CreateJob() {
    api::Job job;
    job.metadata.name = "pi";
    api::Container c{.name = "pi", .image = "perl"};
    c.command = {"perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
    job.spec.template_.spec.Mut().containers.push_back(c);
    job.spec.template_.spec.Mut().restart_policy = "Never";
    auto r = store.Create(job);
    REQUIRE(r.ok());
    return *r.object;
  }

  void CreatePod(const std::string& name, const std::string& phase, std::vector<std::string> containers = {"pi"}) {
    api::Pod pod;
    pod.metadata.name = name;
    pod.metadata.labels = {{"job-name", "pi"}};
    for (const auto& c : containers) pod.spec.Mut().containers.push_back(api::Container{.name = c, .image = "perl"});
    pod.spec.Mut().restart_policy = "Never";
    REQUIRE(store.Create(pod).ok());
    REQUIRE(store.Bind("default", name, "127.0.0.1").ok());
    auto r = store.Patch<api::Pod>(
        "default", name,
        [&](api::Pod& p) {
          p.status.phase = phase;
          for (const auto& c : containers) {
            api::ContainerStatus s;
            s.name = c;
            if (phase == "Running")
              s.state = api::ContainerStateRunning{kSeedStart};
            else
              s.state = api::ContainerStateTerminated{.exit_code = phase == "Failed" ? 1 : 0,
                                                                 .reason = phase == "Failed" ? "Error" : "Completed"};
            s.ready = phase == "Running";
            p.status.container_statuses.push_back(s);
          }
          return api::Status::Ok();
        },
        /*status_only=*/true);
    REQUIRE(r.ok());
  }

  void CreateEvent(const std::string& name, const api::Event& e) {
    api::Event event = e;
    event.metadata.name = name;
    REQUIRE(store.Create(event).ok());
  }
};

}  // namespace

TEST_CASE("kubectl get with nothing to show: silent in 1.3, a notice on stderr in 1.33") {
  Cluster cluster(api::ApiRules{});
  const Output modern = cluster.Kubectl("get pods", Rules133());
  CHECK(modern.out.empty());
  CHECK(modern.err == "No resources found in default namespace.\n");
  CHECK(modern.exit_code == 0);
  CHECK(cluster.Kubectl("get pods -n kube-system", Rules133()).err == "No resources found in kube-system namespace.\n");
  CHECK(cluster.Kubectl("get pods -A", Rules133()).err == "No resources found\n");
  const Output legacy = cluster.Kubectl("get pods", Rules13());
  CHECK(legacy.out.empty());
  CHECK(legacy.err.empty());
}

TEST_CASE("kubectl get ev warns that events.k8s.io claims \"ev\" too, from 1.29") {
  Cluster cluster(api::ApiRules{});
  const std::string warning =
      "Warning: short name \"ev\" could also match lower priority resource events.events.k8s.io\n";
  CHECK(cluster.Kubectl("get ev", Rules133()).err == warning + "No resources found in default namespace.\n");
  CHECK(cluster.Kubectl("get ev nope", Rules133()).err == warning + "Error from server (NotFound): events \"nope\" not found\n");
  CHECK(cluster.Kubectl("get events", Rules133()).err == "No resources found in default namespace.\n");
  CHECK(cluster.Kubectl("get po", Rules133()).err == "No resources found in default namespace.\n");
  KubectlRules rules128 = Rules133();
  rules128.short_name_ambiguity_warning = false;
  CHECK(cluster.Kubectl("get ev", rules128).err == "No resources found in default namespace.\n");
}

TEST_CASE("kubectl get errors as the era printed them") {
  Cluster cluster(api::ApiRules{});
  const Output missing = cluster.Kubectl("get job x", Rules133());
  CHECK(missing.err == "Error from server (NotFound): jobs.batch \"x\" not found\n");
  CHECK(missing.exit_code == 1);
  CHECK(cluster.Kubectl("get job x", Rules13()).err == "Error from server: jobs.batch \"x\" not found\n");
  const Output type = cluster.Kubectl("get foo", Rules133());
  CHECK(type.err == "error: the server doesn't have a resource type \"foo\"\n");
  CHECK(type.exit_code == 1);
  CHECK(cluster.Kubectl("get pods --bogus", Rules133()).err ==
        "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
  CHECK(cluster.Kubectl("frobnicate", Rules133()).err ==
        "error: unknown command \"frobnicate\" for \"kubectl\"\nRun 'kubectl --help' for usage.\n");
  CHECK(cluster.Kubectl("get pods x -A", Rules133()).err ==
        "error: a resource cannot be retrieved by name across all namespaces\n");
}

TEST_CASE("kubectl get pods -a (1.3) shows the finished pods the default listing hides") {
  Cluster cluster(Api13());
  cluster.CreatePod("pi-83rn2", "Failed");
  cluster.CreatePod("pi-9d1iv", "Running");
  cluster.clock.AdvanceTo(90 * kSecond);
  CHECK(cluster.Kubectl("get pods", Rules13()).out ==
        "NAME       READY     STATUS    RESTARTS   AGE\n"
        "pi-9d1iv   1/1       Running   0          1m\n");
  CHECK(cluster.Kubectl("get pods -a", Rules13()).out ==
        "NAME       READY     STATUS    RESTARTS   AGE\n"
        "pi-83rn2   0/1       Error     0          1m\n"
        "pi-9d1iv   1/1       Running   0          1m\n");
  CHECK(cluster.Kubectl("get pods -a", Rules133()).err ==
        "error: unknown shorthand flag: 'a' in -a\nSee 'kubectl get --help' for usage.\n");
}

TEST_CASE("kubectl get -o name|yaml|json|jsonpath") {
  Cluster cluster(api::ApiRules{});
  cluster.CreateJob();
  cluster.CreatePod("pi-a", "Succeeded");
  cluster.CreatePod("pi-b", "Running");
  CHECK(cluster.Kubectl("get pods -o name", Rules133()).out == "pod/pi-a\npod/pi-b\n");
  CHECK(cluster.Kubectl("get pods -o name", Rules13()).out == "pods/pi-a\npods/pi-b\n");
  CHECK(cluster.Kubectl("get job pi -o name", Rules133()).out == "job.batch/pi\n");
  CHECK(cluster.Kubectl("get pods -o jsonpath='{.items[*].metadata.name}'", Rules133()).out == "pi-a pi-b");
  CHECK(cluster.Kubectl("get job pi -o jsonpath={.spec.completions}", Rules133()).out == "1");
  const std::string yaml = cluster.Kubectl("get job pi -o yaml", Rules133()).out;
  CHECK(yaml.rfind("apiVersion: batch/v1\nkind: Job\nmetadata:\n  creationTimestamp: \"2016-05-13T10:45:22Z\"\n", 0) ==
        0);
  const std::string list = cluster.Kubectl("get pods -o yaml", Rules133()).out;
  CHECK(list.rfind("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n", 0) == 0);
  CHECK(EndsWith(list, "    qosClass: BestEffort\nkind: List\nmetadata:\n  resourceVersion: \"\"\n"));
  const std::string legacy_list = cluster.Kubectl("get pods -o yaml", Rules13()).out;
  CHECK(EndsWith(legacy_list, "    qosClass: BestEffort\nkind: List\nmetadata: {}\n"));
  const std::string json = cluster.Kubectl("get job pi -o json", Rules133()).out;
  CHECK(json.rfind("{\n    \"apiVersion\": \"batch/v1\",\n    \"kind\": \"Job\",\n", 0) == 0);
  // kubectl 1.3 printed the typed objects: Go struct order, a List's own fields first.
  CHECK(cluster.Kubectl("get job pi -o json", Rules13()).out.rfind(
            "{\n    \"kind\": \"Job\",\n    \"apiVersion\": \"batch/v1\",\n    \"metadata\": {\n        \"name\": \"pi\",\n",
            0) == 0);
  CHECK(cluster.Kubectl("get pods -o json", Rules13()).out.rfind(
            "{\n    \"kind\": \"List\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {},\n    \"items\": [\n"
            "        {\n            \"kind\": \"Pod\",\n",
            0) == 0);
  CHECK(cluster.Kubectl("get pods -o xml", Rules133())
            .err.rfind("error: unable to match a printer suitable for the output format \"xml\"", 0) == 0);
}

TEST_CASE("kubectl get --sort-by sorts table rows and Lists, but one named object is no List") {
  Cluster cluster(api::ApiRules{});
  cluster.CreateJob();
  cluster.CreatePod("pi-b", "Succeeded");
  cluster.CreatePod("pi-10", "Running");
  cluster.CreatePod("pi-9", "Running");
  KubectlRules rules130 = Rules133();
  rules130.sort_by_natural_strings = true;
  CHECK(cluster.Kubectl("get pods -o name --sort-by=.metadata.name", rules130).out ==
        "pod/pi-9\npod/pi-10\npod/pi-b\n");
  const Output table = cluster.Kubectl("get pods --sort-by=.metadata.name", Rules133());
  CHECK(table.out.find("pi-10 ") < table.out.find("pi-9 "));  // bytewise from 1.31
  CHECK(table.out.find("pi-9 ") < table.out.find("pi-b "));
  CHECK(cluster.Kubectl("get pods -o jsonpath={.items[*].metadata.name} --sort-by=metadata.name", Rules133()).out ==
        "pi-10 pi-9 pi-b");
  // get.go drops the table printer's error: nothing prints.
  const Output missing = cluster.Kubectl("get pods --sort-by=.spec.nothing", Rules133());
  CHECK(missing.out.empty());
  CHECK(missing.err == "No resources found in default namespace.\n");
  CHECK(missing.exit_code == 0);
  const Output missing_list = cluster.Kubectl("get pods --sort-by=.spec.nothing -o name", Rules133());
  CHECK(missing_list.err == "error: couldn't find any field with path \"{.spec.nothing}\" in the list of objects\n");
  CHECK(missing_list.exit_code == 1);
  CHECK(cluster.Kubectl("get pods pi-9 pi-b --sort-by=.metadata.name", Rules133()).exit_code == 1);
  const Output unsortable = cluster.Kubectl("get pods --sort-by=.metadata.labels -o name", Rules133());
  CHECK(unsortable.out.empty());
  CHECK(unsortable.err.rfind("Field {.metadata.labels} in *unstructured.Unstructured is an unsortable type", 0) == 0);
  CHECK(cluster.Kubectl("get pod pi-b --sort-by=.spec.nothing -o name", Rules133()).out == "pod/pi-b\n");
}

TEST_CASE("kubectl describe finds the object, its events, and falls back to a name prefix") {
  Cluster cluster(api::ApiRules{});
  const api::Job& job = cluster.CreateJob();
  api::Event created =
      MakeEvent("", "Job", "pi", "Normal", "SuccessfulCreate", "Created pod: pi-a", kSeedStart, kSeedStart, 1);
  created.involved_object.uid = job.metadata.uid;
  created.source.component = "job-controller";
  cluster.CreateEvent("pi.1", created);
  api::Event other = created;
  other.involved_object.uid = "another-job-with-the-same-name";
  cluster.CreateEvent("pi.2", other);
  cluster.CreatePod("pi-a", "Running");
  cluster.CreatePod("pi-b", "Running");
  cluster.clock.AdvanceTo(5 * kSecond);

  const std::string by_slash = cluster.Kubectl("describe job/pi", Rules133()).out;
  CHECK(by_slash == cluster.Kubectl("describe job pi", Rules133()).out);
  CHECK(by_slash.find("  Normal  SuccessfulCreate  5s    job-controller  Created pod: pi-a\n") != std::string::npos);
  CHECK(by_slash.find("Created pod: pi-a\n  Normal") == std::string::npos);  // the other uid's event is not listed
  CHECK(cluster.Kubectl("describe jobs -l job-name=pi", Rules133()).out == by_slash);

  const Output prefix = cluster.Kubectl("describe pod pi", Rules133());
  CHECK(prefix.out.rfind("Name:             pi-a\n", 0) == 0);
  CHECK(prefix.out.find("\n\nName:             pi-b\n") != std::string::npos);
  CHECK(prefix.exit_code == 0);
  const Output two = cluster.Kubectl("describe pods", Rules133());
  CHECK(two.out.find("<none>\n\n\nName:             pi-b\n") != std::string::npos);

  const Output missing = cluster.Kubectl("describe job nope", Rules133());
  CHECK(missing.err == "Error from server (NotFound): jobs.batch \"nope\" not found\n");
  CHECK(missing.exit_code == 1);
}

TEST_CASE("kubectl logs reads the container instance the status names") {
  Cluster cluster(api::ApiRules{});
  cluster.CreatePod("pi-a", "Running");
  cluster.store.WriteLog("default", "pi-a", "pi", 0, "3.14159\nline2\nline3\n");
  CHECK(cluster.Kubectl("logs pi-a", Rules133()).out == "3.14159\nline2\nline3\n");
  CHECK(cluster.Kubectl("logs pi-a --tail=2", Rules133()).out == "line2\nline3\n");
  CHECK(cluster.Kubectl("logs pi-a -p", Rules133()).err ==
        "Error from server (BadRequest): previous terminated container \"pi\" in pod \"pi-a\" not found\n");
  CHECK(cluster.Kubectl("logs nope", Rules133()).err ==
        "error: error from server (NotFound): pods \"nope\" not found in namespace \"default\"\n");
  CHECK(cluster.Kubectl("logs nope", Rules13()).err == "Error from server: pods \"nope\" not found\n");
  CHECK(cluster.Kubectl("logs pi-a -c other", Rules133()).err == "error: container other is not valid for pod pi-a\n");
  CHECK(cluster.Kubectl("logs pi-a -c other", Rules13()).err ==
        "Error from server: container other is not valid for pod pi-a\n");
  KubectlRules rules129 = Rules133();  // kubectl 1.27 to 1.29, checked against their binaries
  rules129.logs_not_found_names_namespace = false;
  CHECK(cluster.Kubectl("logs nope", rules129).err == "Error from server (NotFound): pods \"nope\" not found\n");
  KubectlRules rules116 = rules129;  // the API server says it before kubectl checks the name (1.17)
  rules116.logs_checks_container = false;
  CHECK(cluster.Kubectl("logs pi-a -c other", rules116).err ==
        "Error from server (BadRequest): container other is not valid for pod pi-a\n");

  auto restarted = cluster.store.Patch<api::Pod>(
      "default", "pi-a",
      [](api::Pod& p) {
        auto& s = p.status.container_statuses.Mut()[0];
        s.restart_count = 1;
        s.last_state = api::ContainerStateTerminated{.exit_code = 1, .reason = "Error"};
        return api::Status::Ok();
      },
      true);
  REQUIRE(restarted.ok());
  cluster.store.WriteLog("default", "pi-a", "pi", 1, "second run\n");
  CHECK(cluster.Kubectl("logs pi-a", Rules133()).out == "second run\n");
  CHECK(cluster.Kubectl("logs pi-a --previous", Rules133()).out == "3.14159\nline2\nline3\n");

  cluster.CreatePod("pi-b", "Running", {"main", "side"});
  cluster.store.WriteLog("default", "pi-b", "main", 0, "from main\n");
  const Output defaulted = cluster.Kubectl("logs pi-b", Rules133());
  CHECK(defaulted.out == "from main\n");
  CHECK(defaulted.err == "Defaulted container \"main\" out of: main, side\n");
  CHECK(cluster.Kubectl("logs pi-b", Rules13()).err ==
        "error: a container name must be specified for pod pi-b, choose one of: [main side]\n");
  CHECK(cluster.Kubectl("logs pi-b side", Rules133()).out.empty());

  const Output selected = cluster.Kubectl("logs -l job-name=pi", Rules133());
  CHECK(selected.out == "second run\nfrom main\n");
}

TEST_CASE("kubectl logs job/NAME reads the pod ByLogging puts first, and says so when there are several") {
  Cluster cluster(api::ApiRules{});
  const api::Job& job = cluster.CreateJob();
  const auto selector = job.spec.selector->match_labels;
  const auto own = [&](const std::string& pod) {
    REQUIRE(cluster.store
                .Patch<api::Pod>("default", pod,
                                 [&](api::Pod& p) {
                                   for (const auto& [k, v] : selector) p.metadata.labels.Mut()[k] = v;
                                   return api::Status::Ok();
                                 })
                .ok());
  };
  CHECK(cluster.Kubectl("logs job/pi", Rules133()).err == "error: timed out waiting for the condition\n");
  cluster.CreatePod("pi-failed", "Failed");
  own("pi-failed");
  cluster.store.WriteLog("default", "pi-failed", "pi", 0, "failed run\nsecond line\n");
  const Output one = cluster.Kubectl("logs job/pi", Rules133());
  CHECK(one.out == "failed run\nsecond line\n");
  CHECK(one.err.empty());
  CHECK(cluster.Kubectl("logs job/pi --prefix", Rules133()).out ==
        "[pod/pi-failed/pi] failed run\n[pod/pi-failed/pi] second line\n");

  cluster.clock.AdvanceTo(kSecond);
  cluster.CreatePod("pi-pending", "Pending");
  own("pi-pending");
  cluster.CreatePod("pi-running", "Running");  // newer, but Running ranks before Pending, with Failed
  own("pi-running");
  cluster.store.WriteLog("default", "pi-running", "pi", 0, "running\n");
  const Output several = cluster.Kubectl("logs jobs/pi", Rules133());
  CHECK(several.err == "Found 3 pods, using pod/pi-failed\n");
  CHECK(several.out == "failed run\nsecond line\n");
  CHECK(cluster.Kubectl("logs job/nope", Rules133()).err ==
        "error: error from server (NotFound): jobs.batch \"nope\" not found in namespace \"default\"\n");
  CHECK(cluster.Kubectl("logs deployment/pi", Rules133()).exit_code == 1);
}

TEST_CASE("kubectl logs --all-containers reads every container in spec order") {
  Cluster cluster(api::ApiRules{});
  cluster.CreatePod("pi-b", "Running", {"main", "side"});
  cluster.store.WriteLog("default", "pi-b", "main", 0, "from main\n");
  cluster.store.WriteLog("default", "pi-b", "side", 0, "from side\n");
  const Output all = cluster.Kubectl("logs pod/pi-b --all-containers --prefix", Rules133());
  CHECK(all.out == "[pod/pi-b/main] from main\n[pod/pi-b/side] from side\n");
  CHECK(all.err.empty());
}

TEST_CASE("kubectl logs of a container that never started is the kubelet's error") {
  Cluster cluster(api::ApiRules{});
  cluster.CreatePod("pi-a", "Running");
  REQUIRE(cluster.store
              .Patch<api::Pod>(
                  "default", "pi-a",
                  [](api::Pod& p) {
                    auto& s = p.status.container_statuses.Mut()[0];
                    s.state = api::ContainerState{};
                    s.state = api::ContainerStateWaiting{"ContainerCreating", ""};
                    return api::Status::Ok();
                  },
                  true)
              .ok());
  CHECK(cluster.Kubectl("logs pi-a", Rules133()).err ==
        "Error from server (BadRequest): container \"pi\" in pod \"pi-a\" is waiting to start: ContainerCreating\n");
}

TEST_CASE("kubectl get shows managedFields with --show-managed-fields and where a template names them") {
  Cluster cluster(api::ApiRules{});
  cluster.CreateJob();
  cluster.CreatePod("pi-a", "Running");
  // The actors record none; the entries are derived as `jobsim serve` serves them.
  const std::string shown = cluster.Kubectl("get job pi --show-managed-fields -o yaml", Rules133()).out;
  CHECK(shown.find("  managedFields:\n  - apiVersion: batch/v1\n    fieldsType: FieldsV1\n") != std::string::npos);
  CHECK(shown.find("    manager: kubectl-create\n    operation: Update\n") != std::string::npos);
  CHECK(cluster.Kubectl("get job pi -o yaml", Rules133()).out.find("managedFields") == std::string::npos);
  CHECK(cluster.Kubectl("get pods --show-managed-fields -o json", Rules133()).out.find("\"managedFields\": [") !=
        std::string::npos);
  // The kubelet's status write, beside the creator's entry.
  CHECK(cluster.Kubectl("get pod pi-a -o jsonpath={.metadata.managedFields[*].manager}", Rules133()).out ==
        "kubectl-create kubelet");
  CHECK(cluster.Kubectl("get pods -o custom-columns=M:.metadata.managedFields[0].manager", Rules133()).out ==
        "M\nkubectl-create\n");

  KubectlRules before_1_21 = Rules133();
  before_1_21.show_managed_fields_flag = false;
  CHECK(cluster.Kubectl("get job pi --show-managed-fields -o yaml", before_1_21).err.rfind(
            "error: unknown flag: --show-managed-fields\n", 0) == 0);
}
