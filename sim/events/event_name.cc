#include "sim/events/event_name.h"

#include <fmt/format.h>

namespace jobsim::sim {
namespace {

constexpr uint64_t kNanosPerMs = 1'000'000;

}  // namespace

std::string EventNamer::Next(const std::string& object_name, UnixMs now_ms) {
  const uint64_t nanos = static_cast<uint64_t>(now_ms) * kNanosPerMs + sequence_++ % kNanosPerMs;
  return fmt::format("{}.{:x}", object_name, nanos);
}

}  // namespace jobsim::sim
