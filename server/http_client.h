// A minimal blocking HTTP/1.1 client (Boost.Beast) for `jobsim clock`, which
// talks to a running `jobsim serve`. Only http:// URLs.
#pragma once

#include <string>

#include "fakeapi/status.h"

namespace jobsim::server {

struct HttpResult {
  int status = 0;
  std::string body;
};

// method "GET" or "POST"; body sent as application/json when non-empty.
api::Status HttpCall(const std::string& url, const std::string& method, const std::string& path,
                     const std::string& body, const std::string& token, HttpResult& out);

}  // namespace jobsim::server
