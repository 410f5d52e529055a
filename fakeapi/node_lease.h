// The Lease each kubelet keeps in kube-node-lease (coordination.k8s.io/v1,
// pkg/kubelet/nodelease): holderIdentity the node's name, leaseDurationSeconds
// 40, renewed every 10 s (a quarter of the duration) while the kubelet
// posts Ready. jobsim keeps no Lease objects: the lease is derived from the
// node when read (`describe node`, `jobsim serve`). Renewals are counted from
// the node's creation; while the node is not Ready the lease keeps the last
// renewal before its Ready condition changed. No acquireTime, as the kubelet.
#pragma once

#include <string>

#include "fakeapi/types.h"

namespace jobsim::api {

inline constexpr const char* kNodeLeaseNamespace = "kube-node-lease";
inline constexpr int32_t kNodeLeaseDurationSeconds = 40;

struct NodeLease {
  std::string holder_identity;
  UnixMs renew_time = 0;
};

NodeLease NodeLeaseOf(const Node& node, UnixMs now);

// The Lease object as the API serves it.
Json EncodeNodeLease(const Node& node, const NodeLease& lease);

}  // namespace jobsim::api
