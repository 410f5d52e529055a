// What one kubectl invocation produced: stdout, stderr and the exit code,
// byte for byte as kubectl wrote them.
#pragma once

#include <string>

namespace jobsim::kubectl {

struct Output {
  std::string out;
  std::string err;
  int exit_code = 0;
};

}  // namespace jobsim::kubectl
