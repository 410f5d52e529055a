#include "kubectl/json_printer.h"

#include <catch2/catch.hpp>

using namespace jobsim::kubectl;
using Json = nlohmann::json;

TEST_CASE("json output (-o json) is json.MarshalIndent with 4 spaces, sorted keys and HTML-safe escapes") {
  // As go1.19 encoding/json printed the same document.
  const Json doc = Json::parse(
      R"J({"metadata":{"name":"<none>","annotations":{"a&b":"x\u2028y"}},"items":[],"n":1,"b":true,"z":null})J");
  CHECK(ToGoJson(doc) ==
        "{\n    \"b\": true,\n    \"items\": [],\n    \"metadata\": {\n        \"annotations\": {\n"
        "            \"a\\u0026b\": \"x\\u2028y\"\n        },\n        \"name\": \"\\u003cnone\\u003e\"\n    },\n"
        "    \"n\": 1,\n    \"z\": null\n}\n");
  CHECK(ToGoJson(Json::object()) == "{}\n");
}

TEST_CASE("Go string escapes") {
  CHECK(GoJsonString("tab\there\nnl") == "\"tab\\there\\nnl\"");
  CHECK(GoJsonString("\x01") == "\"\\u0001\"");
  CHECK(GoJsonString("caf\xc3\xa9") == "\"caf\xc3\xa9\"");
  CHECK(GoJsonString("bad\xff") == "\"bad\\ufffd\"");
  CHECK(GoJsonString("q\"\\") == "\"q\\\"\\\\\"");
}

// kubectl 1.3 (typed objects): the keys of each Go struct in declaration order.
TEST_CASE("1.3 -o json: a batch/v1 Job in struct order, labels sorted, the template's null creationTimestamp kept") {
  const Json job = Json::parse(R"J({
    "apiVersion": "batch/v1", "kind": "Job",
    "metadata": {"creationTimestamp": "2016-05-13T10:45:22Z", "labels": {"job-name": "pi", "controller-uid": "u1"},
                 "name": "pi", "namespace": "default", "resourceVersion": "7", "selfLink": "/apis/batch/v1/namespaces/default/jobs/pi",
                 "uid": "u1"},
    "spec": {"completions": 1, "parallelism": 1, "selector": {"matchLabels": {"controller-uid": "u1"}},
             "template": {"metadata": {"creationTimestamp": null, "labels": {"job-name": "pi", "controller-uid": "u1"}, "name": "pi"},
                          "spec": {"containers": [{"command": ["perl"], "image": "perl", "imagePullPolicy": "Always", "name": "pi",
                                                   "resources": {}, "terminationMessagePath": "/dev/termination-log"}],
                                   "dnsPolicy": "ClusterFirst", "restartPolicy": "Never", "securityContext": {},
                                   "terminationGracePeriodSeconds": 30}}},
    "status": {"active": 1, "failed": 2, "startTime": "2016-05-13T10:45:22Z"}})J");
  CHECK(ToGoJsonInStructOrder(job) == R"({
    "kind": "Job",
    "apiVersion": "batch/v1",
    "metadata": {
        "name": "pi",
        "namespace": "default",
        "selfLink": "/apis/batch/v1/namespaces/default/jobs/pi",
        "uid": "u1",
        "resourceVersion": "7",
        "creationTimestamp": "2016-05-13T10:45:22Z",
        "labels": {
            "controller-uid": "u1",
            "job-name": "pi"
        }
    },
    "spec": {
        "parallelism": 1,
        "completions": 1,
        "selector": {
            "matchLabels": {
                "controller-uid": "u1"
            }
        },
        "template": {
            "metadata": {
                "name": "pi",
                "creationTimestamp": null,
                "labels": {
                    "controller-uid": "u1",
                    "job-name": "pi"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "pi",
                        "image": "perl",
                        "command": [
                            "perl"
                        ],
                        "resources": {},
                        "terminationMessagePath": "/dev/termination-log",
                        "imagePullPolicy": "Always"
                    }
                ],
                "restartPolicy": "Never",
                "terminationGracePeriodSeconds": 30,
                "dnsPolicy": "ClusterFirst",
                "securityContext": {}
            }
        }
    },
    "status": {
        "startTime": "2016-05-13T10:45:22Z",
        "active": 1,
        "failed": 2
    }
}
)");
  // The sorted form (1.5+) of the same object starts differently.
  CHECK(ToGoJson(job).rfind("{\n    \"apiVersion\": \"batch/v1\",\n    \"kind\": \"Job\",", 0) == 0);
}

TEST_CASE("1.3 -o json: an extensions/v1beta1 Job has autoSelector where batch/v1 has manualSelector") {
  const Json spec = {{"autoSelector", true},
                     {"manualSelector", true},
                     {"selector", {{"matchLabels", {{"app", "pi"}}}}},
                     {"template", {{"spec", {{"containers", Json::array()}}}}}};
  const std::string v1beta1 =
      ToGoJsonInStructOrder({{"apiVersion", "extensions/v1beta1"}, {"kind", "Job"}, {"spec", spec}});
  CHECK(v1beta1.find("\"autoSelector\": true,\n        \"template\"") != std::string::npos);
  CHECK(v1beta1.find("manualSelector") == std::string::npos);
  const std::string batch = ToGoJsonInStructOrder({{"apiVersion", "batch/v1"}, {"kind", "Job"}, {"spec", spec}});
  CHECK(batch.find("\"manualSelector\": true,\n        \"template\"") != std::string::npos);
  CHECK(batch.find("autoSelector") == std::string::npos);
}

TEST_CASE("1.3 -o json: a failed Pod's status and containerStatuses in struct order; fields the 2016 structs lack dropped") {
  const Json pod = Json::parse(R"J({
    "apiVersion": "v1", "kind": "Pod",
    "metadata": {"name": "pi-abcde", "namespace": "default"},
    "spec": {"containers": [{"name": "pi"}], "nodeName": "127.0.0.1", "restartPolicy": "Never"},
    "status": {
      "qosClass": "BestEffort", "containerStatuses": [{
        "containerID": "docker://9f", "image": "perl", "imageID": "docker://sha", "lastState": {},
        "name": "pi", "ready": false, "restartCount": 0,
        "state": {"terminated": {"containerID": "docker://9f", "exitCode": 127, "finishedAt": "2016-05-13T10:45:23Z",
                                 "message": "not found", "reason": "ContainerCannotRun", "startedAt": null}}}],
      "conditions": [{"lastProbeTime": null, "lastTransitionTime": "2016-05-13T10:45:23Z", "reason": "ContainersNotReady",
                      "status": "False", "type": "Ready"}],
      "hostIP": "127.0.0.1", "phase": "Failed", "podIP": "172.17.0.2", "startTime": "2016-05-13T10:45:22Z"}})J");
  CHECK(ToGoJsonInStructOrder(pod) == R"({
    "kind": "Pod",
    "apiVersion": "v1",
    "metadata": {
        "name": "pi-abcde",
        "namespace": "default"
    },
    "spec": {
        "containers": [
            {
                "name": "pi"
            }
        ],
        "restartPolicy": "Never",
        "nodeName": "127.0.0.1"
    },
    "status": {
        "phase": "Failed",
        "conditions": [
            {
                "type": "Ready",
                "status": "False",
                "lastProbeTime": null,
                "lastTransitionTime": "2016-05-13T10:45:23Z",
                "reason": "ContainersNotReady"
            }
        ],
        "hostIP": "127.0.0.1",
        "podIP": "172.17.0.2",
        "startTime": "2016-05-13T10:45:22Z",
        "containerStatuses": [
            {
                "name": "pi",
                "state": {
                    "terminated": {
                        "exitCode": 127,
                        "reason": "ContainerCannotRun",
                        "message": "not found",
                        "startedAt": null,
                        "finishedAt": "2016-05-13T10:45:23Z",
                        "containerID": "docker://9f"
                    }
                },
                "lastState": {},
                "ready": false,
                "restartCount": 0,
                "image": "perl",
                "imageID": "docker://sha",
                "containerID": "docker://9f"
            }
        ]
    }
}
)");
}

TEST_CASE("1.3 -o json: an Event in struct order, without the fields of later releases") {
  const Json event = Json::parse(R"J({
    "apiVersion": "v1", "kind": "Event", "count": 3, "firstTimestamp": "2016-05-13T10:45:22Z",
    "eventTime": null, "reportingComponent": "", "reportingInstance": "",
    "involvedObject": {"apiVersion": "batch", "kind": "Job", "name": "pi", "namespace": "default",
                       "resourceVersion": "5", "uid": "u1"},
    "lastTimestamp": "2016-05-13T10:45:25Z", "message": "Created pod: pi-abcde",
    "metadata": {"name": "pi.1", "namespace": "default"}, "reason": "SuccessfulCreate",
    "source": {"component": "job-controller"}, "type": "Normal"})J");
  CHECK(ToGoJsonInStructOrder(event) == R"({
    "kind": "Event",
    "apiVersion": "v1",
    "metadata": {
        "name": "pi.1",
        "namespace": "default"
    },
    "involvedObject": {
        "kind": "Job",
        "namespace": "default",
        "name": "pi",
        "uid": "u1",
        "apiVersion": "batch",
        "resourceVersion": "5"
    },
    "reason": "SuccessfulCreate",
    "message": "Created pod: pi-abcde",
    "source": {
        "component": "job-controller"
    },
    "firstTimestamp": "2016-05-13T10:45:22Z",
    "lastTimestamp": "2016-05-13T10:45:25Z",
    "count": 3,
    "type": "Normal"
}
)");
}

TEST_CASE("1.3 -o json: a List is kind, apiVersion, metadata, items; each item in its own kind's order, unknown kinds sorted") {
  const Json list = {{"apiVersion", "v1"},
                     {"kind", "List"},
                     {"metadata", Json::object()},
                     {"items",
                      {{{"apiVersion", "v1"}, {"kind", "Namespace"}, {"status", {{"phase", "Active"}}}, {"spec", Json::object()}},
                       {{"apiVersion", "v1"}, {"kind", "Node"}, {"spec", {{"unschedulable", true}, {"taints", Json::array()}}}},
                       {{"apiVersion", "example.com/v1"}, {"kind", "Widget"}, {"spec", {{"b", 1}, {"a", 2}}}}}}};
  CHECK(ToGoJsonInStructOrder(list) == R"({
    "kind": "List",
    "apiVersion": "v1",
    "metadata": {},
    "items": [
        {
            "kind": "Namespace",
            "apiVersion": "v1",
            "spec": {},
            "status": {
                "phase": "Active"
            }
        },
        {
            "kind": "Node",
            "apiVersion": "v1",
            "spec": {
                "unschedulable": true
            }
        },
        {
            "apiVersion": "example.com/v1",
            "kind": "Widget",
            "spec": {
                "a": 2,
                "b": 1
            }
        }
    ]
}
)");
}
