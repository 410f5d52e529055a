// The pods bound to a node (a list with field selector spec.nodeName, as the
// kubelet lists and the node controllers index them), in the store's key order.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"

namespace jobsim::api {

std::vector<std::shared_ptr<const Pod>> PodsOnNode(const Store& store, const std::string& node);

}  // namespace jobsim::api
