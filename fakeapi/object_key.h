// The key objects are stored and listed under: "namespace/name" ("name" with
// an empty namespace prefix for cluster-scoped kinds), in byte order, as etcd
// orders kube-apiserver's keys. ObjectKeyLess compares a stored key with the
// two parts of one without building the string, so lookups allocate nothing.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "sim/base/same_bytes.h"
#include "sim/base/string_hash.h"

namespace jobsim::api {

struct ObjectMeta;

std::string ObjectKey(const std::string& ns, const std::string& name);
std::string ObjectKey(const ObjectMeta& meta);

struct KeyParts {
  std::string_view ns;
  std::string_view name;
};

// <0, 0, >0 as `key` sorts before, with or after parts.ns + "/" + parts.name.
inline int CompareKey(std::string_view key, KeyParts parts) {
  const size_t n = std::min(key.size(), parts.ns.size());
  if (const int c = key.substr(0, n).compare(parts.ns.substr(0, n))) return c;
  if (n < parts.ns.size() || key.size() == n) return -1;  // key ran out first
  const auto next = static_cast<unsigned char>(key[n]);
  if (next != '/') return next < '/' ? -1 : 1;
  return key.substr(n + 1).compare(parts.name);
}

// Whether key is parts.ns + "/" + parts.name: CompareKey(key, parts) == 0,
// inline (what a hash probe asks of the entry it finds).
inline bool KeyEquals(std::string_view key, KeyParts parts) {
  const size_t n = parts.ns.size();
  return key.size() == n + 1 + parts.name.size() && key[n] == '/' && SameBytes(key.data(), parts.ns.data(), n) &&
         SameBytes(key.data() + n + 1, parts.name.data(), parts.name.size());
}

// The hash a key is kept under, from its parts: the store's object index
// and the pod logs, so that a pod's writer works it out once (PodLocator).
inline uint64_t KeyHash(KeyParts key) {
  return StringHash::Of(key.name) ^ StringHash::Of(key.ns) * 0x9e3779b97f4a7c15ULL;
}

struct ObjectKeyLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a < b; }
  bool operator()(std::string_view key, KeyParts parts) const { return CompareKey(key, parts) < 0; }
  bool operator()(KeyParts parts, std::string_view key) const { return CompareKey(key, parts) > 0; }
};

}  // namespace jobsim::api
