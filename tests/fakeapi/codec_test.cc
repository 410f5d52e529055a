#include "fakeapi/codec.h"

#include <catch2/catch.hpp>

using namespace jobsim::api;

TEST_CASE("a Job round-trips through JSON, unknown fields included") {
  const Json in = Json::parse(R"({
    "apiVersion": "batch/v1", "kind": "Job",
    "metadata": {"name": "pi", "namespace": "default", "uid": "u-1", "resourceVersion": "42",
                 "creationTimestamp": "2016-05-13T10:45:22Z", "labels": {"a": "b"},
                 "managedFields": [{"manager": "kubectl"}]},
    "spec": {"parallelism": 2, "completions": 5, "backoffLimit": 6,
             "selector": {"matchLabels": {"a": "b"},
                          "matchExpressions": [{"key": "x", "operator": "In", "values": ["1", "2"]}]},
             "template": {"metadata": {"creationTimestamp": null, "labels": {"a": "b"}},
                          "spec": {"containers": [{"name": "pi", "image": "perl", "command": ["perl"],
                                                   "ports": [{"containerPort": 80}]}],
                                   "restartPolicy": "Never", "nodeSelector": {"disk": "ssd"}}},
             "podFailurePolicy": {"rules": [{"action": "Ignore", "onExitCodes": {"operator": "In", "values": [1]}}]},
             "futureField": {"x": 1}},
    "status": {"active": 1, "ready": 0, "startTime": "2016-05-13T10:45:23Z",
               "conditions": [{"type": "Complete", "status": "True", "lastProbeTime": null,
                               "lastTransitionTime": "2016-05-13T10:46:00Z"}],
               "uncountedTerminatedPods": {}}
  })");
  Job job;
  REQUIRE(Decode(in, job).ok());
  CHECK(job.spec.parallelism == 2);
  CHECK(job.metadata.resource_version == 42);
  CHECK(job.spec.template_.spec->containers[0].extra->contains("ports"));
  CHECK(job.spec.extra->contains("futureField"));
  const Json out = Encode(job);
  CHECK(out == in);
}

TEST_CASE("a Pod's status round-trips, hostIPs and podIPs typed") {
  const Json in = Json::parse(R"({
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {"name": "pi-x7k2p", "namespace": "default", "uid": "u-2", "resourceVersion": "7",
                 "creationTimestamp": "2016-05-13T10:45:22Z"},
    "spec": {"containers": [{"name": "pi", "image": "perl"}], "restartPolicy": "Never", "nodeName": "node-1"},
    "status": {"phase": "Running", "hostIP": "10.0.0.1", "hostIPs": [{"ip": "10.0.0.1"}],
               "podIP": "10.244.1.5", "podIPs": [{"ip": "10.244.1.5"}, {"ip": "fd00::5"}],
               "startTime": "2016-05-13T10:45:23Z", "qosClass": "BestEffort"}
  })");
  Pod pod;
  REQUIRE(Decode(in, pod).ok());
  CHECK(pod.status.host_ips.get() == std::vector<std::string>{"10.0.0.1"});
  CHECK(pod.status.pod_ips.get() == std::vector<std::string>{"10.244.1.5", "fd00::5"});
  CHECK(pod.status.extra.empty());
  CHECK(Encode(pod) == in);
}

TEST_CASE("a type mismatch names the field path") {
  Job job;
  Status st = Decode(Json::parse(R"({"spec": {"parallelism": "two"}})"), job);
  CHECK(st.code() == 400);
  CHECK(st.message() == "spec.parallelism: expected an integer");
  Pod pod;
  st = Decode(Json::parse(R"({"spec": {"containers": [{"name": 7}]}})"), pod);
  CHECK(st.message() == "spec.containers[0].name: expected a string");
}

TEST_CASE("zero times render as null, as metav1.Time does") {
  Pod pod;
  pod.metadata.name = "p";
  ContainerStatus cs;
  cs.name = "c";
  cs.state.emplace<api::ContainerStateTerminated>();
  cs.state.terminated()->exit_code = 128;
  cs.state.terminated()->reason = "StartError";
  cs.state.terminated()->finished_at = 1463136322000;
  pod.status.container_statuses.push_back(cs);
  const Json out = Encode(pod);
  const Json& term = out["status"]["containerStatuses"][0]["state"]["terminated"];
  CHECK(term["startedAt"].is_null());
  CHECK(term["finishedAt"] == "2016-05-13T10:45:22Z");
  CHECK(out["status"]["containerStatuses"][0]["lastState"] == Json::object());
  CHECK(out["metadata"]["creationTimestamp"].is_null());
}

TEST_CASE("a StartError's startedAt is the Unix epoch, not null") {
  ContainerStateTerminated term;
  term.exit_code = 128;
  term.reason = "StartError";
  term.started_at = 0;  // what containerd reports for a task that never started
  term.finished_at = 1463136322000;
  Pod pod;
  pod.status.container_statuses.push_back(ContainerStatus{.name = "c", .state = term});
  const Json out = Encode(pod);
  CHECK(out["status"]["containerStatuses"][0]["state"]["terminated"]["startedAt"] == "1970-01-01T00:00:00Z");
  Pod back;
  REQUIRE(Decode(out, back).ok());
  CHECK(back.status.container_statuses[0].state.terminated()->started_at == 0);
}

TEST_CASE("a container status round-trips; a state keeps one of waiting, running and terminated") {
  const Json in = Json::parse(R"({
    "name": "c", "ready": false, "restartCount": 1, "image": "perl", "imageID": "docker://sha256:ab",
    "containerID": "docker://12",
    "state": {"waiting": {"reason": "CrashLoopBackOff", "message": "back-off"}},
    "lastState": {"terminated": {"exitCode": 2, "reason": "Error", "startedAt": null,
                                 "finishedAt": "2016-05-13T10:45:22Z", "containerID": "docker://12"}}})");
  Pod pod;
  REQUIRE(Decode(Json{{"status", {{"containerStatuses", {in}}}}}, pod).ok());
  const ContainerStatus& s = pod.status.container_statuses[0];
  REQUIRE(s.state.waiting());
  CHECK(!s.state.running());
  CHECK(!s.state.terminated());
  CHECK(s.last_state.terminated()->container_id == "docker://12");
  CHECK(s.image_id == "docker://sha256:ab");
  CHECK(Encode(pod)["status"]["containerStatuses"][0] == in);

  Pod both;
  REQUIRE(Decode(Json::parse(R"({"status": {"containerStatuses": [{"name": "c",
      "state": {"waiting": {}, "running": {"startedAt": "2016-05-13T10:45:22Z"}}}]}})"),
                 both)
              .ok());
  const ContainerState& state = both.status.container_statuses[0].state;
  CHECK(!state.waiting());
  CHECK(state.running()->started_at == 1463136322000);
}

TEST_CASE("a Node's conditions carry lastHeartbeatTime, not lastProbeTime, both ways") {
  const Json in = Json::parse(R"({
    "apiVersion": "v1", "kind": "Node", "metadata": {"name": "node-1"}, "spec": {},
    "status": {"conditions": [{"type": "Ready", "status": "True", "lastHeartbeatTime": "2025-01-01T00:05:00Z",
                               "lastTransitionTime": "2025-01-01T00:00:00Z", "reason": "KubeletReady"}],
               "capacity": {"cpu": "4"}}})");
  Node node;
  REQUIRE(Decode(in, node).ok());
  CHECK(node.status.conditions[0].last_probe_time == 1'735'689'900'000);
  const Json out = Encode(node);
  CHECK(out["status"]["conditions"][0]["lastHeartbeatTime"] == "2025-01-01T00:05:00Z");
  CHECK_FALSE(out["status"]["conditions"][0].contains("lastProbeTime"));
  CHECK(out["status"]["capacity"] == Json{{"cpu", "4"}});
}
