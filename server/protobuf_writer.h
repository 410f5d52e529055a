// Writing protobuf wire format by hand, for the one message jobsim sends as
// protobuf (the OpenAPI v2 document, openapi_v2.h): varints and
// length-delimited fields, which is all a message of strings and messages needs.
#pragma once

#include <cstdint>
#include <string>

namespace jobsim::server {

inline std::string Varint(uint64_t v) {
  std::string out;
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7f) | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
  return out;
}

// One length-delimited field (strings and messages alike).
inline std::string Field(int number, const std::string& bytes) {
  return Varint(static_cast<uint64_t>(number) << 3 | 2) + Varint(bytes.size()) + bytes;
}

}  // namespace jobsim::server
