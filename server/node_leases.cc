#include "server/node_leases.h"

#include <fmt/format.h>

#include "fakeapi/node_lease.h"
#include "server/responses.h"
#include "server/timestamp_shift.h"

namespace jobsim::server {

std::optional<Response> ServeNodeLease(const Request& request, const std::vector<std::string>& s,
                                       const api::Store& store, int64_t offset_ms) {
  if (s.size() != 7 || s[0] != "apis" || s[1] != "coordination.k8s.io" || s[2] != "v1" || s[3] != "namespaces" ||
      s[4] != api::kNodeLeaseNamespace || s[5] != "leases") {
    return std::nullopt;
  }
  if (request.method != "GET") return ErrorResponse(405, "MethodNotAllowed", "node leases are read-only");
  const auto node = store.Get<api::Node>("", s[6]);
  if (!node) {
    return ErrorResponse(404, "NotFound", fmt::format("leases.coordination.k8s.io \"{}\" not found", s[6]));
  }
  api::Json lease = api::EncodeNodeLease(*node, api::NodeLeaseOf(*node, store.clock().NowUnixMs()));
  ShiftTimestamps(lease, offset_ms);
  return JsonResponse(200, lease);
}

}  // namespace jobsim::server
