#include "fakeapi/same_bytes.h"

#include <catch2/catch.hpp>

#include <string>

using jobsim::api::SameText;

TEST_CASE("texts are the same only if every byte is", "[same_bytes]") {
  // Every length through three words: bytes, a half word and its overlap,
  // whole words and the overlapping last one; a difference at every place.
  for (size_t n = 0; n <= 24; ++n) {
    const std::string text(n, 'a');
    INFO("length " << n);
    CHECK(SameText(text, std::string(n, 'a')));
    for (size_t i = 0; i < n; ++i) {
      std::string other = text;
      other[i] = 'b';
      INFO("differing at " << i);
      CHECK_FALSE(SameText(text, other));
      CHECK_FALSE(SameText(other, text));
    }
  }
}

TEST_CASE("texts of different lengths are not the same", "[same_bytes]") {
  CHECK_FALSE(SameText("Job", "Jobs"));
  CHECK_FALSE(SameText("", "a"));
  CHECK(SameText("", ""));
  CHECK(SameText("default", "default"));
}
