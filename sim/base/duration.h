// Text forms of durations and instants, shared by every layer.
// Pure functions; no time zone other than UTC exists in jobsim.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sim/base/clock.h"

namespace jobsim {

// Go-style duration ("500ms", "90s", "1m30s", "2h", "1.5s") or a plain number
// of seconds ("30"). Returns nullopt on a malformed or negative value.
std::optional<int64_t> ParseDurationMs(std::string_view text);

// Go's time.Duration.String(): "0s", "500ms", "10s", "1m20s", "5m0s", "1h0m0s".
std::string FormatGoDuration(int64_t ms);

// RFC 3339 in UTC with second precision, as metav1.Time: "2016-05-13T10:45:22Z".
std::string FormatRfc3339(UnixMs t);
// RFC 3339 with microseconds, as metav1.MicroTime: "2016-05-13T10:45:22.000000Z".
std::string FormatRfc3339Micro(UnixMs t);
// Accepts "YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)".
std::optional<UnixMs> ParseRfc3339(std::string_view text);

// Go's time.RFC1123Z in UTC: "Fri, 13 May 2016 10:45:22 +0000".
std::string FormatRfc1123Z(UnixMs t);

}  // namespace jobsim
