#include "kubectl/describe_node.h"

#include <catch2/catch.hpp>

#include "tests/kubectl/fixtures.h"

using namespace jobsim;
using namespace jobsim::kubectl;
using namespace jobsim::kubectl::test;

namespace {

api::Node NodeOne() {
  api::Node node;
  node.metadata.name = "node-1";
  node.metadata.uid = "n-uid";
  node.metadata.creation_timestamp = kSeedStart;
  node.metadata.labels = {{"kubernetes.io/hostname", "node-1"}, {"node-role.kubernetes.io/worker", ""}};
  api::Condition ready{.type = "Ready", .status = "True", .reason = "KubeletReady",
                       .message = "kubelet is posting ready status"};
  ready.last_transition_time = kSeedStart;
  node.status.conditions.push_back(ready);
  node.status.addresses = {{"InternalIP", "10.0.0.1"}, {"Hostname", "node-1"}};
  return node;
}

}  // namespace

TEST_CASE("describe node follows describeNode: lease, conditions, system info, pods, allocated resources") {
  api::Node node = NodeOne();
  node.spec["taints"] = api::Json::array({{{"key", "node.kubernetes.io/unreachable"}, {"effect", "NoSchedule"}}});
  node.status.extra.Mut()["allocatable"] = {{"cpu", "2"}, {"memory", "4Gi"}, {"pods", "110"}};
  node.status.extra.Mut()["nodeInfo"] = {{"kubeletVersion", "v1.33.0"}};
  auto pod = std::make_shared<api::Pod>();
  pod->metadata.name = "pi-abcde";
  pod->metadata.namespace_ = "default";
  pod->metadata.creation_timestamp = kSeedStart + 10 * kSecond;
  api::Container c{.name = "pi", .image = "perl"};
  c.extra.Mut()["resources"] = {{"requests", {{"cpu", "500m"}, {"memory", "256Mi"}}}};
  pod->spec.Mut().containers.push_back(c);
  const UnixMs now = kSeedStart + 70 * kSecond;
  const api::NodeLease lease = api::NodeLeaseOf(node, now);
  const std::string want =
      "Name:               node-1\n"
      "Roles:              worker\n"
      "Labels:             kubernetes.io/hostname=node-1\n"
      "                    node-role.kubernetes.io/worker=\n"
      "Annotations:        <none>\n"
      "CreationTimestamp:  Fri, 13 May 2016 10:45:22 +0000\n"
      "Taints:             node.kubernetes.io/unreachable:NoSchedule\n"
      "Unschedulable:      false\n"
      "Lease:\n"
      "  HolderIdentity:  node-1\n"
      "  AcquireTime:     <unset>\n"
      "  RenewTime:       Fri, 13 May 2016 10:46:32 +0000\n"
      "Conditions:\n"
      "  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message\n"
      "  ----    ------  -----------------                 ------------------                ------         -------\n"
      "  Ready   True    Mon, 01 Jan 0001 00:00:00 +0000   Fri, 13 May 2016 10:45:22 +0000   KubeletReady   kubelet "
      "is posting ready status\n"
      "Addresses:\n"
      "  InternalIP:  10.0.0.1\n"
      "  Hostname:    node-1\n"
      "Allocatable:\n"
      "  cpu:     2\n"
      "  memory:  4Gi\n"
      "  pods:    110\n"
      "System Info:\n"
      "  Machine ID:                 \n"
      "  System UUID:                \n"
      "  Boot ID:                    \n"
      "  Kernel Version:             \n"
      "  OS Image:                   \n"
      "  Operating System:           \n"
      "  Architecture:               \n"
      "  Container Runtime Version:  \n"
      "  Kubelet Version:            v1.33.0\n"
      "  Kube-Proxy Version:         \n"
      "Non-terminated Pods:          (1 in total)\n"
      "  Namespace                   Name        CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age\n"
      "  ---------                   ----        ------------  ----------  ---------------  -------------  ---\n"
      "  default                     pi-abcde    500m (25%)    0 (0%)      256Mi (6%)       0 (0%)         60s\n"
      "Allocated resources:\n"
      "  (Total limits may be over 100 percent, i.e., overcommitted.)\n"
      "  Resource           Requests    Limits\n"
      "  --------           --------    ------\n"
      "  cpu                500m (25%)  0 (0%)\n"
      "  memory             256Mi (6%)  0 (0%)\n"
      "  ephemeral-storage  0 (0%)      0 (0%)\n"
      "Events:              <none>\n";
  CHECK(DescribeNode(node, {pod}, {}, lease, now, Rules133()) == want);
}

TEST_CASE("describe node prints a registered node's labels and annotations one per line, sorted by key") {
  api::Node node = NodeOne();
  node.metadata.labels = {{"kubernetes.io/os", "linux"},           {"kubernetes.io/hostname", "node-1"},
                          {"beta.kubernetes.io/os", "linux"},      {"kubernetes.io/arch", "amd64"},
                          {"beta.kubernetes.io/arch", "amd64"}};
  node.metadata.annotations = {{"volumes.kubernetes.io/controller-managed-attach-detach", "true"},
                               {"node.alpha.kubernetes.io/ttl", "0"}};
  const std::string text =
      DescribeNode(node, {}, {}, api::NodeLeaseOf(node, kSeedStart), kSeedStart, KubectlRules{});
  const std::string want =
      "Roles:              <none>\n"
      "Labels:             beta.kubernetes.io/arch=amd64\n"
      "                    beta.kubernetes.io/os=linux\n"
      "                    kubernetes.io/arch=amd64\n"
      "                    kubernetes.io/hostname=node-1\n"
      "                    kubernetes.io/os=linux\n"
      "Annotations:        node.alpha.kubernetes.io/ttl: 0\n"
      "                    volumes.kubernetes.io/controller-managed-attach-detach: true\n"
      "CreationTimestamp:  ";
  CHECK(text.find(want) != std::string::npos);
}
