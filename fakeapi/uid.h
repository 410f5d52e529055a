// Uid: metadata.uid, kept inside the object when it is at most 36
// characters, as every uid the store makes is (RFC 4122 text); a longer one a
// client sent goes to the heap.
//
// Why: a std::string holds at most 15 characters in place, so every object
// version copied its uid to the heap and freed it again, and every uid compare
// (a watch event against the cached version, a pod against its Job's
// ownerReference) followed a pointer to a cold line. With 100,000 pods of
// seven versions each that was an allocation and a cache miss per version.
//
// Reads as a std::string_view. Built from text only explicitly, so that
// `uid == "..."` has one meaning; assigned from text with `=`.
#pragma once

#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace jobsim::api {

class Uid {
 public:
  static constexpr size_t kInlineSize = 36;

  Uid() = default;
  explicit Uid(std::string_view text) { Assign(text); }
  Uid(const Uid& other) { CopyFrom(other); }
  Uid(Uid&& other) noexcept { Take(other); }
  Uid& operator=(const Uid& other) {
    if (this != &other) {
      Release();
      CopyFrom(other);
    }
    return *this;
  }
  Uid& operator=(Uid&& other) noexcept {
    if (this != &other) {
      Release();
      Take(other);
    }
    return *this;
  }
  Uid& operator=(std::string_view text) {
    Assign(text);
    return *this;
  }
  Uid& operator=(const std::string& text) { return *this = std::string_view(text); }
  Uid& operator=(const char* text) { return *this = std::string_view(text); }
  ~Uid() { Release(); }

  std::string_view view() const { return {data(), size_}; }
  operator std::string_view() const { return view(); }  // NOLINT: reads as text
  std::string str() const { return std::string(view()); }
  const char* data() const { return on_heap() ? heap() : text_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void clear() { Assign({}); }

  // The unused tail of an inline uid is zero, so two inline uids compare as
  // fixed-size blocks.
  friend bool operator==(const Uid& a, const Uid& b) {
    if (a.size_ != b.size_) return false;
    if (!a.on_heap()) return std::memcmp(a.text_, b.text_, kInlineSize) == 0;
    return a.view() == b.view();
  }
  friend bool operator==(const Uid& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Uid& a, const Uid& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const Uid& a, std::string_view b) { return a.view() <=> b; }

 private:
  bool on_heap() const { return size_ > kInlineSize; }
  void Assign(std::string_view text) {
    if (text.size() > kInlineSize) {
      char* copy = new char[text.size()];
      std::memcpy(copy, text.data(), text.size());
      Release();
      std::memcpy(text_, &copy, sizeof copy);
    } else {
      // text may point into this uid: move it first, then clear the tail.
      char buffer[kInlineSize] = {};
      if (!text.empty()) std::memcpy(buffer, text.data(), text.size());
      Release();
      std::memcpy(text_, buffer, kInlineSize);
    }
    size_ = static_cast<uint32_t>(text.size());
  }
  // REQUIRES: nothing to release.
  void CopyFrom(const Uid& other) {
    if (other.on_heap()) {
      size_ = 0;
      Assign(other.view());
      return;
    }
    std::memcpy(text_, other.text_, kInlineSize);  // a whole block: the tail is zero
    size_ = other.size_;
  }
  void Take(Uid& other) {
    std::memcpy(text_, other.text_, kInlineSize);
    size_ = other.size_;
    other.size_ = 0;
    std::memset(other.text_, 0, kInlineSize);
  }
  // A heap uid's pointer is kept in the first bytes of text_.
  char* heap() const {
    char* p;
    std::memcpy(&p, text_, sizeof p);
    return p;
  }
  void Release() {
    if (on_heap()) delete[] heap();
  }

  alignas(8) char text_[kInlineSize] = {};
  uint32_t size_ = 0;
};

static_assert(sizeof(Uid) == 40);

// A set of uids that finds a std::string_view without making a Uid.
using SortedUids = std::set<Uid, std::less<>>;

}  // namespace jobsim::api
