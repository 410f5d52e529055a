// GET pods/{name}/log: the container's output as text/plain. Query:
// container (required when the pod has several), previous, tailLines,
// limitBytes. follow=true answers what has been written so far and ends
// (streaming new output is not implemented).
#pragma once

#include <string>

#include "fakeapi/store.h"
#include "server/http_message.h"
#include "server/target.h"

namespace jobsim::server {

Response PodLog(const api::Store& store, const std::string& ns, const std::string& name, const Target& target);

}  // namespace jobsim::server
