// A fast 64-bit hash over a sequence of strings that equals the hash of their
// concatenation (Add("ab").Add("c") == Add("abc")), eight bytes at a time.
// For lookups only: nothing may depend on the order of hash values.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace jobsim {

class StringHash {
 public:
  StringHash& Add(std::string_view part) {
    const char* p = part.data();
    size_t n = part.size();
    length_ += n;
    if (pending_bytes_ != 0) {  // finish the word a previous part started
      const size_t take = std::min(n, 8 - pending_bytes_);
      pending_ |= Load(p, take) << (8 * pending_bytes_);
      pending_bytes_ += take;
      p += take;
      n -= take;
      if (pending_bytes_ < 8) return *this;
      Mix(pending_);
      pending_ = 0;
      pending_bytes_ = 0;
    }
    for (; n >= 8; p += 8, n -= 8) Mix(Load(p, 8));
    pending_ = Load(p, n);
    pending_bytes_ = n;
    return *this;
  }
  uint64_t value() const {
    uint64_t h = hash_;
    if (pending_bytes_ != 0) h = MixInto(h, pending_);
    return Finish(h ^ length_);
  }

  // StringHash().Add(text).value(), without carrying a partial word between
  // parts: what every string-keyed table lookup computes.
  static uint64_t Of(std::string_view text) {
    const char* p = text.data();
    size_t n = text.size();
    uint64_t h = kSeed;
    for (; n >= 8; p += 8, n -= 8) h = MixInto(h, Load(p, 8));
    if (n != 0) h = MixInto(h, Load(p, n));
    return Finish(h ^ text.size());
  }

 private:
  // The first n (<= 8) bytes as a little-endian word, whatever the machine, so
  // every platform gets the same values. Short tails are read as two
  // overlapping pieces: a memcpy of a variable length is a library call, and
  // most parts hashed here (a namespace, a "/") are such tails.
  static uint64_t Load(const char* p, size_t n) {
    if (n >= 4) {
      if (n == 8) return Word(p, 8);
      const uint64_t low = Word(p, 4), high = Word(p + n - 4, 4);  // they overlap when n < 8
      return low | high << (8 * (n - 4));
    }
    if (n == 0) return 0;
    const auto byte = [p](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  // A little-endian word of exactly n (4 or 8) bytes.
  static uint64_t Word(const char* p, size_t n) {
    unsigned char bytes[8] = {};
    std::memcpy(bytes, p, n == 8 ? 8 : 4);
    if constexpr (std::endian::native == std::endian::little) {
      uint64_t w;
      std::memcpy(&w, bytes, 8);
      return w;
    } else {
      uint64_t w = 0;
      for (int i = 7; i >= 0; --i) w = w << 8 | bytes[i];
      return w;
    }
  }
  static uint64_t MixInto(uint64_t h, uint64_t word) {
    h ^= word * 0x9e3779b97f4a7c15ULL;
    return (h << 31 | h >> 33) * 0xbf58476d1ce4e5b9ULL;
  }
  // splitmix64's finaliser: every input bit reaches every output bit.
  static uint64_t Finish(uint64_t h) {
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
  }
  void Mix(uint64_t word) { hash_ = MixInto(hash_, word); }

  static constexpr uint64_t kSeed = 0x243f6a8885a308d3ULL;
  uint64_t hash_ = kSeed;
  uint64_t pending_ = 0;  // the bytes of an unfinished word, low byte first
  uint64_t length_ = 0;
  size_t pending_bytes_ = 0;
};

inline uint64_t HashString(std::string_view text) { return StringHash::Of(text); }

}  // namespace jobsim
