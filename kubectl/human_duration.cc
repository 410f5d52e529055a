#include "kubectl/human_duration.h"

#include <fmt/format.h>

namespace jobsim::kubectl {

// k8s.io/apimachinery/pkg/util/duration/duration.go HumanDuration.
std::string HumanDuration(int64_t ms) {
  const int64_t seconds = ms / 1000;
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60 * 2) return fmt::format("{}s", seconds);
  const int64_t minutes = ms / 60'000;
  if (minutes < 10) {
    const int64_t s = seconds % 60;
    return s == 0 ? fmt::format("{}m", minutes) : fmt::format("{}m{}s", minutes, s);
  }
  if (minutes < 60 * 3) return fmt::format("{}m", minutes);
  const int64_t hours = ms / 3'600'000;
  if (hours < 8) {
    const int64_t m = minutes % 60;
    return m == 0 ? fmt::format("{}h", hours) : fmt::format("{}h{}m", hours, m);
  }
  if (hours < 48) return fmt::format("{}h", hours);
  if (hours < 24 * 8) {
    const int64_t h = hours % 24;
    return h == 0 ? fmt::format("{}d", hours / 24) : fmt::format("{}d{}h", hours / 24, h);
  }
  if (hours < 24 * 365 * 2) return fmt::format("{}d", hours / 24);
  if (hours < 24 * 365 * 8) {
    const int64_t dy = hours / 24 % 365;
    return dy == 0 ? fmt::format("{}y", hours / 24 / 365) : fmt::format("{}y{}d", hours / 24 / 365, dy);
  }
  return fmt::format("{}y", hours / 24 / 365);
}

// kubernetes release-1.3 pkg/kubectl/resource_printer.go shortHumanDuration;
// note the 364-day boundary and the year computed by integer division.
std::string ShortHumanDuration(int64_t ms) {
  const int64_t seconds = ms / 1000;
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60) return fmt::format("{}s", seconds);
  const int64_t minutes = ms / 60'000;
  if (minutes < 60) return fmt::format("{}m", minutes);
  const int64_t hours = ms / 3'600'000;
  if (hours < 24) return fmt::format("{}h", hours);
  if (hours < 24 * 364) return fmt::format("{}d", hours / 24);
  return fmt::format("{}y", hours / 24 / 365);
}

std::string AgeSince(UnixMs t, UnixMs now, bool legacy) {
  if (t == 0) return "<unknown>";
  return legacy ? ShortHumanDuration(now - t) : HumanDuration(now - t);
}

}  // namespace jobsim::kubectl
