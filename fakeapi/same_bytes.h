// SameBytes / SameText: equality of short texts (keys, names, uids) in place.
//
// Why: std::string's == calls memcmp once the sizes agree, ~20 instructions
// a call for texts of a few dozen bytes; comparing eight bytes at a time
// inline (the last eight overlapping) costs a third of that. Object index
// lookups compare a key per probe, and each pod event compares its owner's
// name and namespace.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace jobsim::api {

// Whether bytes a and b, n of each, are equal.
// Words of eight bytes, or of four below eight ("default"), the last one
// overlapping; bytes one by one below four.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  auto word = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  auto half = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
  };
  if (n < 4) {
    for (size_t i = 0; i < n; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  if (n < 8) return half(a) == half(b) && half(a + n - 4) == half(b + n - 4);
  for (size_t i = 0; i + 8 < n; i += 8) {
    if (word(a + i) != word(b + i)) return false;
  }
  return word(a + n - 8) == word(b + n - 8);
}

inline bool SameText(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

}  // namespace jobsim::api
