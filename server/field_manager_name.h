// The field manager of a write through `jobsim serve` that names none.
#pragma once

#include <string>

namespace jobsim::server {

// The manager of a write without fieldManager (managerOrUserAgent in
// k8s.io/apiserver/pkg/endpoints/handlers/rest.go): the User-Agent up to its
// first '/', printable ASCII only, at most 128 bytes.
std::string ManagerFromUserAgent(const std::string& user_agent);

}  // namespace jobsim::server
