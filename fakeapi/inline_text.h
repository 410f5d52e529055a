// InlineText<N>: a string kept inside its owner when it has at most N
// characters, on the heap when longer. What InlineKey (an index entry's key)
// and Uid (metadata.uid) are made of.
//
// Why not std::string: it holds at most 15 characters in place, and the keys
// and uids jobsim keeps by the hundred thousand are longer (a pod's
// "default/pi-x7k2p", a uid's 36 characters). Each would be one more
// allocation per object or version, and one more pointer for every compare to
// follow to a cold line.
//
// The unused tail of an inline text is zero, so two inline texts compare as
// fixed-size blocks (SameAs).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace jobsim::api {

template <size_t N>
class InlineText {
 public:
  InlineText() = default;
  InlineText(const InlineText& other) { CopyFrom(other); }
  InlineText(InlineText&& other) noexcept { Take(other); }
  InlineText& operator=(const InlineText& other) {
    if (this != &other) {
      Release();
      CopyFrom(other);
    }
    return *this;
  }
  InlineText& operator=(InlineText&& other) noexcept {
    if (this != &other) {
      Release();
      Take(other);
    }
    return *this;
  }
  ~InlineText() { Release(); }

  // Sets the text to `size` characters, which fill(char* out) writes. fill
  // may read the text being replaced.
  template <class Fill>
  void Assign(size_t size, Fill fill) {
    if (size > N) {
      char* heap = new char[size];
      fill(heap);
      Release();
      std::memcpy(bytes_, &heap, sizeof heap);
    } else {
      char buffer[N] = {};
      fill(buffer);
      Release();
      std::memcpy(bytes_, buffer, N);
    }
    size_ = static_cast<uint32_t>(size);
  }
  void Assign(std::string_view text) {
    Assign(text.size(), [text](char* out) {
      if (!text.empty()) std::memcpy(out, text.data(), text.size());
    });
  }

  std::string_view view() const { return {data(), size_}; }
  const char* data() const { return on_heap() ? heap() : bytes_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // view() == other.view(), reading an inline text as one block.
  bool SameAs(const InlineText& other) const {
    if (size_ != other.size_) return false;
    if (!on_heap()) return std::memcmp(bytes_, other.bytes_, N) == 0;
    return view() == other.view();
  }

 private:
  bool on_heap() const { return size_ > N; }
  // A heap text's pointer is kept in the first bytes.
  char* heap() const {
    char* p;
    std::memcpy(&p, bytes_, sizeof p);
    return p;
  }
  // REQUIRES: nothing to release.
  void CopyFrom(const InlineText& other) {
    if (other.on_heap()) {
      size_ = 0;
      Assign(other.view());
      return;
    }
    std::memcpy(bytes_, other.bytes_, N);
    size_ = other.size_;
  }
  void Take(InlineText& other) {
    std::memcpy(bytes_, other.bytes_, N);
    size_ = other.size_;
    other.size_ = 0;
    std::memset(other.bytes_, 0, N);
  }
  void Release() {
    if (on_heap()) delete[] heap();
  }

  static_assert(N >= sizeof(char*));
  alignas(8) char bytes_[N] = {};
  uint32_t size_ = 0;
};

}  // namespace jobsim::api
