// Character helpers several kubectl files share: resource names, kinds and
// quantities are ASCII, and kubectl compares them byte by byte.
#pragma once

#include <cctype>
#include <string>

namespace jobsim::kubectl {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

inline std::string ToLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace jobsim::kubectl
