// Lowercase hexadecimal digits appended to a string, for the ids the simulation
// mints by the thousand (uids, event names, container ids, image digests):
// fmt's "{:016x}" costs tens of times more per call.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

namespace jobsim {

// The eight digits of `value` at out[0, 8), without a loop: each nibble is
// spread into a byte of its own, and the eight bytes become digits at once
// (a byte n > 9 is the one where n + 6 carries into bit 4).
inline void WriteHex8(char* out, uint32_t value) {
  uint64_t x = value;
  x = (x | x << 16) & 0x0000ffff0000ffffULL;
  x = (x | x << 8) & 0x00ff00ff00ff00ffULL;
  x = (x | x << 4) & 0x0f0f0f0f0f0f0f0fULL;  // the most significant nibble in the highest byte
  const uint64_t letters = ((x + 0x0606060606060606ULL) >> 4) & 0x0101010101010101ULL;
  x += 0x3030303030303030ULL + letters * ('a' - '0' - 10);
  if constexpr (std::endian::native == std::endian::little) x = __builtin_bswap64(x);
  std::memcpy(out, &x, sizeof x);
}

// Exactly `digits` digits of the low bits of `value`, zero-padded ("{:0Nx}"),
// written at out[0, digits).
inline void WriteHex(char* out, uint64_t value, int digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  const int whole = digits / 8, rest = digits % 8;
  for (int w = whole; w > 0; --w, value >>= 32) WriteHex8(out + rest + 8 * (w - 1), static_cast<uint32_t>(value));
  for (int i = rest; i > 0; --i, value >>= 4) out[i - 1] = kDigits[value & 0xf];
}

// The same digits appended to a string.
inline void AppendHex(std::string& out, uint64_t value, int digits) {
  const size_t start = out.size();
  out.resize(start + static_cast<size_t>(digits));
  WriteHex(out.data() + start, value, digits);
}

// As few digits as `value` needs ("{:x}"; "0" for zero).
inline void AppendHex(std::string& out, uint64_t value) {
  AppendHex(out, value, value == 0 ? 1 : (std::bit_width(value) + 3) / 4);
}

}  // namespace jobsim
