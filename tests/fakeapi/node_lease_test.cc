#include "fakeapi/node_lease.h"

#include <catch2/catch.hpp>

using namespace jobsim;

namespace {

constexpr UnixMs kStart = 1463136322000;  // 2016-05-13T10:45:22Z
constexpr UnixMs kSecond = 1000;

api::Node NodeOne() {
  api::Node node;
  node.metadata.name = "node-1";
  node.metadata.uid = "n-uid";
  node.metadata.creation_timestamp = kStart;
  api::Condition ready{.type = "Ready", .status = "True"};
  ready.last_transition_time = kStart;
  node.status.conditions.push_back(ready);
  return node;
}

}  // namespace

TEST_CASE("a node's lease is renewed every 10 s while Ready and keeps its last renewal after") {
  api::Node node = NodeOne();
  CHECK(api::NodeLeaseOf(node, kStart + 25 * kSecond).renew_time == kStart + 20 * kSecond);
  node.status.conditions[0].status = "Unknown";
  node.status.conditions[0].last_transition_time = kStart + 35 * kSecond;
  CHECK(api::NodeLeaseOf(node, kStart + 300 * kSecond).renew_time == kStart + 30 * kSecond);
  CHECK(api::NodeLeaseOf(node, kStart).holder_identity == "node-1");
}

TEST_CASE("the lease is served as a coordination.k8s.io/v1 Lease in kube-node-lease") {
  const api::Node node = NodeOne();
  const api::Json lease = api::EncodeNodeLease(node, api::NodeLeaseOf(node, kStart + 15 * kSecond));
  CHECK(lease["apiVersion"] == "coordination.k8s.io/v1");
  CHECK(lease["metadata"]["namespace"] == "kube-node-lease");
  CHECK(lease["spec"] == api::Json{{"holderIdentity", "node-1"}, {"leaseDurationSeconds", 40},
                                   {"renewTime", "2016-05-13T10:45:32.000000Z"}});
}
