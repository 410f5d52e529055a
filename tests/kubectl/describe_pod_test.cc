#include "kubectl/describe_pod.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"
#include "tests/kubectl/seed_listings.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

const UnixMs kPodStart = At("2016-05-13T11:02:41Z");

api::Pod SeedPod() {
  api::Pod pod;
  pod.metadata.name = "pi-2n6pa";
  pod.metadata.namespace_ = "default";
  pod.metadata.uid = "3643a8cc-18fa-11e6-b739-0800278856e6";
  pod.metadata.labels = {{"controller-uid", "36422362-18fa-11e6-b739-0800278856e6"}, {"job-name", "pi"}};
  pod.metadata.annotations.Mut()["kubernetes.io/created-by"] =
      R"({"kind":"SerializedReference","apiVersion":"v1","reference":{"kind":"Job","namespace":"default","name":"pi"}})";
  api::Container c{.name = "pi", .image = "index.tenxcloud.com/sdvdxl/perl"};
  c.command = {"perl1", "-Mbignum=bpi", "-wle", "print bpi(2000)"};
  pod.spec.Mut().containers.push_back(c);
  pod.spec.Mut().node_name = "127.0.0.1";
  pod.status.phase = "Running";
  pod.status.host_ip = "127.0.0.1";
  pod.status.pod_ip = "172.17.0.2";
  pod.status.start_time = kPodStart;
  api::ContainerStatus s;
  s.name = "pi";
  s.image = c.image;
  s.image_id = "docker://sha256:abc";
  s.container_id = "docker://6a6464d1f31b";
  s.restart_count = 5;
  s.state = api::ContainerStateWaiting{"CrashLoopBackOff", ""};
  s.last_state = api::ContainerStateTerminated{.exit_code = 127,
                                                          .reason = "ContainerCannotRun",
                                                          .started_at = kPodStart + 90 * kSecond,
                                                          .finished_at = kPodStart + 90 * kSecond};
  pod.status.container_statuses.push_back(s);
  pod.status.conditions.push_back(api::Condition{.type = "Ready", .status = "False"});
  return pod;
}

api::Event KubeletEvent(const std::string& name, const std::string& type, const std::string& reason,
                        const std::string& message, UnixMs t) {
  api::Event e = MakeEvent(name, "Pod", "pi-2n6pa", type, reason, message, t, t, 1);
  e.source = {"kubelet", "127.0.0.1"};
  e.involved_object.field_path = "spec.containers{pi}";
  return e;
}

// The docker error of the seed ends with a newline; kubectl 1.3 printed it raw.
std::string StartFailure(const std::string& id) {
  return "Failed to start container with docker id " + id +
         " with error: API error (404): Container command 'perl1' not found or does not exist.\n";
}

}  // namespace

TEST_CASE("describe pod (1.3) events: a message ending in a newline starts a new column block, as in the seed") {
  std::vector<api::Event> events;
  api::Event scheduled = MakeEvent("a", "Pod", "pi-2n6pa", "Normal", "Scheduled",
                                   "Successfully assigned pi-2n6pa to 127.0.0.1", kPodStart, kPodStart, 1);
  scheduled.source.component = "default-scheduler";
  events.push_back(scheduled);
  events.push_back(
      KubeletEvent("b", "Normal", "Created", "Created container with docker id 310aac97cc9a", kPodStart + kSecond));
  events.push_back(KubeletEvent("c", "Warning", "Failed", StartFailure("310aac97cc9a"), kPodStart + 2 * kSecond));
  events.push_back(
      KubeletEvent("d", "Normal", "Created", "Created container with docker id 62cab877f860", kPodStart + 3 * kSecond));
  events.push_back(KubeletEvent("e", "Warning", "Failed", StartFailure("62cab877f860"), kPodStart + 4 * kSecond));
  const std::string out = DescribePod(SeedPod(), ToList(events), kPodStart + 150 * kSecond, Rules13());
  const std::string expanded = ExpandTabs(out, 4);
  const auto at = expanded.find("Events:\n");
  REQUIRE(at != std::string::npos);
  CHECK(expanded.substr(at) == std::string(kSeedPodEventsHead) + "\n");
}

TEST_CASE("describe pod (1.3) header: one-line labels, Controllers from created-by, QoS Tier per container") {
  const std::string out = DescribePod(SeedPod(), {}, kPodStart + 150 * kSecond, Rules13());
  const std::string want =
      "Name:\t\tpi-2n6pa\n"
      "Namespace:\tdefault\n"
      "Node:\t\t127.0.0.1/127.0.0.1\n"
      "Start Time:\tFri, 13 May 2016 11:02:41 +0000\n"
      "Labels:\t\tcontroller-uid=36422362-18fa-11e6-b739-0800278856e6,job-name=pi\n"
      "Status:\t\tRunning\n"
      "IP:\t\t172.17.0.2\n"
      "Controllers:\tJob/pi\n"
      "Containers:\n"
      "  pi:\n"
      "    Container ID:\tdocker://6a6464d1f31b\n"
      "    Image:\t\tindex.tenxcloud.com/sdvdxl/perl\n"
      "    Image ID:\t\tdocker://sha256:abc\n"
      "    Port:\t\t\n"
      "    Command:\n"
      "      perl1\n"
      "      -Mbignum=bpi\n"
      "      -wle\n"
      "      print bpi(2000)\n"
      "    QoS Tier:\n"
      "      cpu:\t\tBestEffort\n"
      "      memory:\t\tBestEffort\n"
      "    State:\t\tWaiting\n"
      "      Reason:\t\tCrashLoopBackOff\n"
      "    Last State:\t\tTerminated\n"
      "      Reason:\t\tContainerCannotRun\n"
      "      Exit Code:\t127\n"
      "      Started:\t\tFri, 13 May 2016 11:04:11 +0000\n"
      "      Finished:\t\tFri, 13 May 2016 11:04:11 +0000\n"
      "    Ready:\t\tFalse\n"
      "    Restart Count:\t5\n"
      "    Environment Variables:\n"
      "Conditions:\n"
      "  Type\t\tStatus\n"
      "  Ready \tFalse \n"
      "No volumes.\n"
      "No events.";
  CHECK(out == want);
}

TEST_CASE("describe pod (1.33) golden") {
  api::Pod pod = SeedPod();
  pod.metadata.annotations.Mut().clear();
  pod.metadata.owner_references.push_back(
      api::OwnerReference{.api_version = "batch/v1", .kind = "Job", .name = "pi", .uid = "u", .controller = true});
  pod.spec.Mut().extra.Mut()["priority"] = 0;
  pod.spec.Mut().extra.Mut()["serviceAccountName"] = "default";
  pod.spec.Mut().extra.Mut()["tolerations"] = api::Json::array({{{"effect", "NoExecute"},
                                                     {"key", "node.kubernetes.io/unreachable"},
                                                     {"operator", "Exists"},
                                                     {"tolerationSeconds", 300}},
                                                    {{"effect", "NoExecute"},
                                                     {"key", "node.kubernetes.io/not-ready"},
                                                     {"operator", "Exists"},
                                                     {"tolerationSeconds", 300}}});
  pod.status.qos_class = "BestEffort";
  pod.status.container_statuses.Mut()[0].last_state.terminated()->reason = "StartError";
  api::Event backoff =
      KubeletEvent("z", "Warning", "BackOff", "Back-off restarting failed container pi in pod pi-2n6pa_default(u)",
                   kPodStart + 30 * kSecond);
  backoff.count = 12;
  backoff.last_timestamp = kPodStart + 147 * kSecond;
  const std::string want =
      "Name:             pi-2n6pa\n"
      "Namespace:        default\n"
      "Priority:         0\n"
      "Service Account:  default\n"
      "Node:             127.0.0.1/127.0.0.1\n"
      "Start Time:       Fri, 13 May 2016 11:02:41 +0000\n"
      "Labels:           controller-uid=36422362-18fa-11e6-b739-0800278856e6\n"
      "                  job-name=pi\n"
      "Annotations:      <none>\n"
      "Status:           Running\n"
      "IP:               172.17.0.2\n"
      "IPs:\n"
      "  IP:           172.17.0.2\n"
      "Controlled By:  Job/pi\n"
      "Containers:\n"
      "  pi:\n"
      "    Container ID:  docker://6a6464d1f31b\n"
      "    Image:         index.tenxcloud.com/sdvdxl/perl\n"
      "    Image ID:      docker://sha256:abc\n"
      "    Port:          <none>\n"
      "    Host Port:     <none>\n"
      "    Command:\n"
      "      perl1\n"
      "      -Mbignum=bpi\n"
      "      -wle\n"
      "      print bpi(2000)\n"
      "    State:          Waiting\n"
      "      Reason:       CrashLoopBackOff\n"
      "    Last State:     Terminated\n"
      "      Reason:       StartError\n"
      "      Exit Code:    127\n"
      "      Started:      Fri, 13 May 2016 11:04:11 +0000\n"
      "      Finished:     Fri, 13 May 2016 11:04:11 +0000\n"
      "    Ready:          False\n"
      "    Restart Count:  5\n"
      "    Environment:    <none>\n"
      "    Mounts:         <none>\n"
      "Conditions:\n"
      "  Type           Status\n"
      "  Ready          False \n"
      "Volumes:         <none>\n"
      "QoS Class:       BestEffort\n"
      "Node-Selectors:  <none>\n"
      "Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n"
      "                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n"
      "Events:\n"
      "  Type     Reason   Age               From     Message\n"
      "  ----     ------   ----              ----     -------\n"
      "  Warning  BackOff  3s (x12 over 2m)  kubelet  Back-off restarting failed container pi in pod "
      "pi-2n6pa_default(u)\n";
  CHECK(DescribePod(pod, ToList({backoff}), kPodStart + 150 * kSecond, Rules133()) == want);
}

TEST_CASE("describe pod (1.33) of a deleted running pod shows how long it has been terminating") {
  api::Pod pod = SeedPod();
  pod.metadata.deletion_timestamp = kPodStart + 100 * kSecond;
  pod.metadata.deletion_grace_period_seconds = 30;
  const std::string out = DescribePod(pod, {}, kPodStart + 110 * kSecond, Rules133());
  CHECK(out.find("Status:                    Terminating (lasts 10s)\nTermination Grace Period:  30s\n") !=
        std::string::npos);
}

TEST_CASE("describe pod: env fieldRef values as EnvValueRetriever resolves them") {
  api::Pod pod = SeedPod();
  pod.metadata.annotations.Mut().clear();
  auto add = [&](const std::string& name, const api::Json& ref) {
    api::EnvVar var{.name = name};
    var.value_from = {{"fieldRef", ref}};
    pod.spec.Mut().containers.Mut()[0].env.push_back(var);
  };
  add("NAME", {{"apiVersion", "v1"}, {"fieldPath", "metadata.name"}});
  add("JOB", {{"apiVersion", "v1"}, {"fieldPath", "metadata.labels['job-name']"}});
  add("NO_VERSION", {{"fieldPath", "metadata.name"}});
  SECTION("modern kubectl's scheme converts only metadata.name and metadata.namespace") {
    CHECK_THAT(DescribePod(pod, ToList({}), kPodStart, Rules133()),
               Catch::Contains("      NAME:        pi-2n6pa (v1:metadata.name)\n"
                               "      JOB:          (v1:metadata.labels['job-name'])\n"
                               "      NO_VERSION:   (:metadata.name)\n"));
  }
  SECTION("kubectl 1.2's internal scheme converts the labels too") {
    CHECK_THAT(DescribePod(pod, ToList({}), kPodStart, Rules13()),
               Catch::Contains("      NAME:\t\tpi-2n6pa (v1:metadata.name)\n"
                               "      JOB:\t\tpi (v1:metadata.labels['job-name'])\n"
                               "      NO_VERSION:\t (:metadata.name)\n"));
  }
}
