// The kubeconfig `jobsim serve` writes, so that `KUBECONFIG=FILE kubectl get
// pods` needs no other flag, and the reading back of its server and token by
// `jobsim clock advance`. Pure functions plus one file read/write each.
#pragma once

#include <string>

#include "fakeapi/status.h"

namespace jobsim::server {

// A kubeconfig with one cluster/user/context named "jobsim", namespace default.
std::string KubeconfigText(const std::string& server_url, const std::string& token);
api::Status WriteKubeconfig(const std::string& path, const std::string& server_url, const std::string& token);

struct ServerEndpoint {
  std::string url;    // "http://127.0.0.1:8080"
  std::string token;  // "" when none
};
// The current context's server and token.
api::Status ReadKubeconfig(const std::string& path, ServerEndpoint& out);

}  // namespace jobsim::server
