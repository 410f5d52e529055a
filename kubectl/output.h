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

// A usage error as kubectl reports it: "error: MESSAGE" on stderr, exit code 1.
inline Output ErrorOutput(const std::string& message) { return Output{"", "error: " + message + "\n", 1}; }

}  // namespace jobsim::kubectl
