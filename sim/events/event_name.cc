#include "sim/events/event_name.h"

#include <bit>
#include <cstring>

#include "sim/base/hex.h"

namespace jobsim::sim {
namespace {

constexpr uint64_t kNanosPerMs = 1'000'000;

}  // namespace

uint64_t EventNamer::Next(std::string_view object_name, UnixMs now_ms, std::string& name) {
  const uint64_t nanos = NextNanos(now_ms);
  Format(object_name, nanos, name);
  return nanos;
}

uint64_t EventNamer::NextNanos(UnixMs now_ms) {
  return static_cast<uint64_t>(now_ms) * kNanosPerMs + sequence_++ % kNanosPerMs;
}

void EventNamer::Format(std::string_view object_name, uint64_t nanos, std::string& name) {
  // Sized once and written in place: the name's buffer is usually the size it was.
  const size_t n = object_name.size();
  const int digits = (std::bit_width(nanos | 1) + 3) / 4;  // as AppendHex: "0" for zero
  name.resize(n + 1 + static_cast<size_t>(digits));
  std::memcpy(name.data(), object_name.data(), n);
  name[n] = '.';
  WriteHex(name.data() + n + 1, nanos, digits);
}

}  // namespace jobsim::sim
