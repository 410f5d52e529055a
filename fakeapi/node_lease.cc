#include "fakeapi/node_lease.h"

#include "sim/base/duration.h"

namespace jobsim::api {
namespace {

constexpr UnixMs kRenewIntervalMs = kNodeLeaseDurationSeconds * 1000 / 4;

}  // namespace

NodeLease NodeLeaseOf(const Node& node, UnixMs now) {
  UnixMs until = now;
  for (const Condition& c : node.status.conditions) {
    if (c.type == "Ready" && c.status != "True" && c.last_transition_time != 0) until = c.last_transition_time;
  }
  const UnixMs created = node.metadata.creation_timestamp;
  const UnixMs renewals = until > created ? (until - created) / kRenewIntervalMs : 0;
  return NodeLease{node.metadata.name, created + renewals * kRenewIntervalMs};
}

Json EncodeNodeLease(const Node& node, const NodeLease& lease) {
  const Json owner = {{"apiVersion", "v1"}, {"kind", "Node"}, {"name", node.metadata.name},
                      {"uid", node.metadata.uid}};
  return {{"kind", "Lease"},
          {"apiVersion", "coordination.k8s.io/v1"},
          {"metadata",
           {{"name", node.metadata.name},
            {"namespace", kNodeLeaseNamespace},
            {"creationTimestamp", FormatRfc3339(node.metadata.creation_timestamp)},
            {"ownerReferences", Json::array({owner})}}},
          {"spec",
           {{"holderIdentity", lease.holder_identity},
            {"leaseDurationSeconds", kNodeLeaseDurationSeconds},
            {"renewTime", FormatRfc3339Micro(lease.renew_time)}}}};
}

}  // namespace jobsim::api
