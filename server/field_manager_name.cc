#include "server/field_manager_name.h"

namespace jobsim::server {

std::string ManagerFromUserAgent(const std::string& user_agent) {
  std::string out;
  for (char c : user_agent) {
    if (c == '/') break;
    if (c >= 0x20 && c < 0x7f) out += c;
  }
  return out.substr(0, 128);
}

}  // namespace jobsim::server
