// SameBytes: whether two byte strings are equal, compared inline a word at a
// time.
//
// Why: the object indexes compare a found entry's key with the one looked up
// on every pod event (~160,000 times at the benchmark's /100/), and keys are
// short ("default/pi-x7k2q"); through std::string_view::compare each part
// cost a call into libc's memcmp and its dispatch, more than the compare.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace jobsim {

namespace same_bytes_internal {
template <class Word>
inline Word Load(const char* p) {
  Word w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
}  // namespace same_bytes_internal

// REQUIRES: a and b hold n bytes each.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  using same_bytes_internal::Load;
  if (n < 8) {
    if (n >= 4) return Load<uint32_t>(a) == Load<uint32_t>(b) && Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  // Whole words, then the last word again, overlapping what was compared.
  const size_t last = n - 8;
  for (size_t i = 0; i < last; i += 8) {
    if (Load<uint64_t>(a + i) != Load<uint64_t>(b + i)) return false;
  }
  return Load<uint64_t>(a + last) == Load<uint64_t>(b + last);
}

inline bool SameBytes(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

}  // namespace jobsim
