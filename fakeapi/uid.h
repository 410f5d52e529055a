// Uid: metadata.uid, kept inside the object when it is at most 36
// characters, as every uid the store makes is (RFC 4122 text); a longer one a
// client sent goes to the heap (fakeapi/inline_text.h).
//
// Why: as a std::string, every object version copied its uid to the heap and
// freed it again, and every uid compare (a watch event against the cached
// version, a pod against its Job's ownerReference) followed a pointer to a
// cold line: with 100,000 pods of seven versions each, an allocation and a
// cache miss per version.
//
// Reads as a std::string_view. Built from text only explicitly, so that
// `uid == "..."` has one meaning; assigned from text with `=`.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "fakeapi/inline_text.h"

namespace jobsim::api {

class Uid {
 public:
  Uid() = default;
  explicit Uid(std::string_view text) { text_.Assign(text); }
  Uid& operator=(std::string_view text) {
    text_.Assign(text);
    return *this;
  }
  Uid& operator=(const std::string& text) { return *this = std::string_view(text); }
  Uid& operator=(const char* text) { return *this = std::string_view(text); }

  std::string_view view() const { return text_.view(); }
  operator std::string_view() const { return view(); }  // NOLINT: reads as text
  std::string str() const { return std::string(view()); }
  const char* data() const { return text_.data(); }
  size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  void clear() { text_.Assign({}); }

  friend bool operator==(const Uid& a, const Uid& b) { return a.text_.SameAs(b.text_); }
  friend bool operator==(const Uid& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Uid& a, const Uid& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const Uid& a, std::string_view b) { return a.view() <=> b; }

 private:
  InlineText<36> text_;  // every uid the store makes
};

static_assert(sizeof(Uid) == 40);

// A set of uids that finds a std::string_view without making a Uid.
using SortedUids = std::set<Uid, std::less<>>;

}  // namespace jobsim::api
