// Splitting a text on one separator as Go's strings.Split does: n separators
// give n+1 parts, empty ones included ("" gives one empty part). Used by the
// parsers of the completed-index format ("1,3-5") in the API server and the
// controller.
#pragma once

#include <string>
#include <vector>

namespace jobsim::api {

inline std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

}  // namespace jobsim::api
