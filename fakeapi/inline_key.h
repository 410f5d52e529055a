// InlineKey: an index entry's key ("namespace/name") kept inside the entry
// when it is short, as nearly every key is (a pod's "default/pi-x7k2p", an
// event's "default/pi-x7k2p.1879a3b2c4d5e6f7"); longer ones go to the heap.
//
// Why: a std::string holds at most 15 characters in place, so every stored
// pod and event cost one more allocation for its key, and every lookup that
// reached an entry followed one more pointer to compare it. With 100,000 pods
// and half a million events that pointer is a cache miss, and the key
// allocations are ~5% of the memory kept per pod.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "fakeapi/inline_text.h"
#include "fakeapi/object_key.h"

namespace jobsim::api {

class InlineKey {
 public:
  static constexpr size_t kInlineBytes = 44;

  InlineKey() = default;
  InlineKey(const InlineKey&) = delete;
  InlineKey& operator=(const InlineKey&) = delete;
  // Index entries are cleared by assigning an empty entry.
  InlineKey& operator=(InlineKey&& other) noexcept = default;

  // Sets the key to parts.ns + "/" + parts.name.
  void Assign(KeyParts parts) {
    text_.Assign(parts.ns.size() + 1 + parts.name.size(), [parts](char* out) {
      std::memcpy(out, parts.ns.data(), parts.ns.size());
      out[parts.ns.size()] = '/';
      std::memcpy(out + parts.ns.size() + 1, parts.name.data(), parts.name.size());
    });
  }

  std::string_view view() const { return text_.view(); }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the key
  std::string str() const { return std::string(view()); }
  size_t size() const { return text_.size(); }
  bool empty() const { return text_.empty(); }
  int compare(size_t pos, size_t n, std::string_view other) const { return view().compare(pos, n, other); }

  friend bool operator==(const InlineKey& a, std::string_view b) { return a.view() == b; }
  friend auto operator<=>(const InlineKey& a, std::string_view b) { return a.view() <=> b; }

 private:
  InlineText<kInlineBytes> text_;
};

static_assert(sizeof(InlineKey) == 48);

}  // namespace jobsim::api
