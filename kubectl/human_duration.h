// The ages kubectl prints: AGE, DURATION, describe event ages, "x N over M".
//
// HumanDuration is k8s.io/apimachinery/pkg/util/duration (kubectl 1.10+);
// ShortHumanDuration is what kubectl 1.3 printed (pkg/kubectl/resource_printer.go
// shortHumanDuration). Both truncate towards zero, as Go's int(d.Seconds()).
// Pure functions of a duration in milliseconds.
#pragma once

#include <cstdint>
#include <string>

#include "sim/base/clock.h"

namespace jobsim::kubectl {

std::string HumanDuration(int64_t ms);
std::string ShortHumanDuration(int64_t ms);

// translateTimestampSince: "<unknown>" for a zero time, else the age at `now`.
// `legacy` selects ShortHumanDuration (the 1.3 translateTimestamp).
std::string AgeSince(UnixMs t, UnixMs now, bool legacy);

}  // namespace jobsim::kubectl
