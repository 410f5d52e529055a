// limit/continue on lists, as kube-apiserver pages them: a page that is not
// the last carries a continue token holding the list's resourceVersion and
// the key to start from, and every later page lists the objects as they were
// at that resourceVersion (WatchCache::Snapshot), with the same
// resourceVersion in its metadata. A paged list is thus one consistent list
// while the cluster changes, as kube-apiserver serves it from its watch cache
// or from etcd's history. The token has upstream's shape, base64url of
// {"v":"meta.k8s.io/v1","rv":N,"start":"<last key>\u0000"}; clients treat it
// as opaque.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "server/http_message.h"

namespace jobsim::server {

struct ContinueToken {
  uint64_t resource_version = 0;  // of the list's first page
  std::string start_key;          // the page begins at the first key >= this
};

template <class T>
struct ListPage {
  std::vector<std::shared_ptr<const T>> items;
  uint64_t resource_version = 0;
  std::string continue_token;    // "" on the last page
  int64_t remaining_items = 0;   // after this page

  // Sets metadata.continue and metadata.remainingItemCount when more follow.
  void AddContinue(api::Json& metadata) const {
    if (continue_token.empty()) return;
    metadata["continue"] = continue_token;
    metadata["remainingItemCount"] = remaining_items;
  }
};

// One page of objects (in key order, namespace/name, as Store::List returns
// them) that are the list as of resource_version: from the start, or from
// the token's key on. nullopt on success, else a 400 for a malformed limit.
template <class T>
std::optional<Response> Paginate(const std::vector<std::shared_ptr<const T>>& objects, const std::string& limit,
                                 const std::optional<ContinueToken>& from, uint64_t resource_version,
                                 ListPage<T>& page);

std::string EncodeContinue(const ContinueToken& token);
// nullopt with a 400 (kube-apiserver's "invalid continue token") for a token
// this server did not issue.
std::optional<Response> DecodeContinue(const std::string& text, ContinueToken& token);

}  // namespace jobsim::server
