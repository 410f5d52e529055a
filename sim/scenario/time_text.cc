#include "sim/scenario/time_text.h"

#include <fmt/format.h>

namespace jobsim::scenario {

std::string FormatSeconds(int64_t ms) {
  const char* sign = ms < 0 ? "-" : "";
  const uint64_t abs_ms = ms < 0 ? 0 - static_cast<uint64_t>(ms) : static_cast<uint64_t>(ms);
  const uint64_t whole = abs_ms / 1000;
  uint64_t fraction = abs_ms % 1000;
  if (fraction == 0) return fmt::format("{}{}s", sign, whole);
  std::string digits = fmt::format("{:03}", fraction);
  while (digits.back() == '0') digits.pop_back();
  return fmt::format("{}{}.{}s", sign, whole, digits);
}

}  // namespace jobsim::scenario
