// GET /apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/NAME:
// the lease of node NAME (fakeapi/node_lease.h), which `kubectl describe
// node` reads. Only this path is served (no list, watch or discovery):
// kubectl's describer gets the lease by name through the typed client.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "server/http_message.h"

namespace jobsim::server {

// The answer when `segments` is a node lease's path, else nullopt; its
// timestamps moved by offset_ms (timestamp_shift.h).
std::optional<Response> ServeNodeLease(const Request& request, const std::vector<std::string>& segments,
                                       const api::Store& store, int64_t offset_ms);

}  // namespace jobsim::server
