#include "server/http_message.h"

namespace jobsim::server {

std::string Request::Header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

}  // namespace jobsim::server
