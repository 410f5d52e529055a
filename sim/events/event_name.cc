#include "sim/events/event_name.h"

#include "sim/base/hex.h"

namespace jobsim::sim {
namespace {

constexpr uint64_t kNanosPerMs = 1'000'000;

}  // namespace

void EventNamer::Next(const std::string& object_name, UnixMs now_ms, std::string& name) {
  const uint64_t nanos = static_cast<uint64_t>(now_ms) * kNanosPerMs + sequence_++ % kNanosPerMs;
  name.reserve(object_name.size() + 17);
  name.assign(object_name).append(1, '.');
  AppendHex(name, nanos);
}

}  // namespace jobsim::sim
