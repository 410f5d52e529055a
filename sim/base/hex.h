// Lowercase hexadecimal digits appended to a string, for the ids the simulation
// mints by the thousand (uids, event names, container ids, image digests):
// fmt's "{:016x}" costs tens of times more per call.
#pragma once

#include <cstdint>
#include <string>

namespace jobsim {

// Exactly `digits` digits of the low bits of `value`, zero-padded ("{:0Nx}"),
// written at out[0, digits).
inline void WriteHex(char* out, uint64_t value, int digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) {
    out[i] = kDigits[value & 0xf];
    value >>= 4;
  }
}

// The same digits appended to a string.
inline void AppendHex(std::string& out, uint64_t value, int digits) {
  const size_t start = out.size();
  out.resize(start + static_cast<size_t>(digits));
  WriteHex(out.data() + start, value, digits);
}

// As few digits as `value` needs ("{:x}"; "0" for zero).
inline void AppendHex(std::string& out, uint64_t value) {
  int digits = 1;
  for (uint64_t rest = value >> 4; rest != 0; rest >>= 4) ++digits;
  AppendHex(out, value, digits);
}

}  // namespace jobsim
