#include "sim/events/event_name.h"

#include "sim/base/hex.h"

namespace jobsim::sim {
namespace {

constexpr uint64_t kNanosPerMs = 1'000'000;

}  // namespace

std::string EventNamer::Next(const std::string& object_name, UnixMs now_ms) {
  const uint64_t nanos = static_cast<uint64_t>(now_ms) * kNanosPerMs + sequence_++ % kNanosPerMs;
  std::string name;
  name.reserve(object_name.size() + 17);
  name.append(object_name).append(1, '.');
  AppendHex(name, nanos);
  return name;
}

}  // namespace jobsim::sim
