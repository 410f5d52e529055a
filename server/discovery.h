// Discovery documents, built from the served-resource table: the aggregated
// form (apidiscovery.k8s.io v2 / v2beta1, what kubectl 1.27+ asks for first)
// and the legacy form (APIVersions, APIGroupList, one APIResourceList per
// group-version). Pure functions. Facts: kubectl-wire.md §2.
#pragma once

#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "server/api_resources.h"

namespace jobsim::server {

// Which aggregated version the Accept header offers: "v2", "v2beta1", or ""
// (legacy discovery).
std::string AggregatedDiscoveryVersion(const std::string& accept);
// The exact Content-Type kubectl keys on for that version.
std::string AggregatedDiscoveryContentType(const std::string& version);

// APIGroupDiscoveryList of the core group (core = true, for /api) or of
// every named group (/apis).
api::Json AggregatedDiscovery(const std::vector<ApiResource>& resources, bool core, const std::string& version);

// /api: APIVersions; address is what the client connected to ("127.0.0.1:8080").
api::Json LegacyCoreVersions(const std::string& address);
// /apis: APIGroupList (the first version listed of a group is its preferred one).
api::Json LegacyGroupList(const std::vector<ApiResource>& resources);
// /api/v1, /apis/batch/v1: APIResourceList, subresources as "pods/log".
api::Json LegacyResourceList(const std::vector<ApiResource>& resources, const std::string& group_version);
// /apis/batch: APIGroup; null when the group is not served.
api::Json LegacyGroup(const std::vector<ApiResource>& resources, const std::string& group);

}  // namespace jobsim::server
