// The HTTP request and response as the API handlers see them: plain data, no
// sockets, so routing and handlers are unit-testable. The listener
// (http_listener.cc) converts from and to Beast's messages.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "server/chunk_pipe.h"

namespace jobsim::server {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // path and query as sent: "/api/v1/pods?limit=500"
  std::map<std::string, std::string> headers;  // keys lower-case
  std::string body;

  // The header's value, or "" when absent. REQUIRES: name is lower-case.
  std::string Header(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Warning, ...)
  std::string body;
  // A streaming response (a watch, a followed log): everything is sent
  // chunked from this pipe (body is not used) until the simulation closes it,
  // the client goes away, or stream_timeout_ms (real time; 0 = none) passes.
  std::shared_ptr<ChunkPipe> stream;
  int64_t stream_timeout_ms = 0;
};

}  // namespace jobsim::server
