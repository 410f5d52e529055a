// limit/continue on lists. The store keeps no history, so a continued list
// reads the current objects after the last key returned (kube-apiserver reads
// a snapshot at the first page's resourceVersion): an object created between
// two pages appears if its key sorts after the cursor. The continue token is
// the hex of that key, opaque to clients.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "server/http_message.h"

namespace jobsim::server {

template <class T>
struct ListPage {
  std::vector<std::shared_ptr<const T>> items;
  std::string continue_token;    // "" on the last page
  int64_t remaining_items = 0;   // after this page

  // Sets metadata.continue and metadata.remainingItemCount when more follow.
  void AddContinue(api::Json& metadata) const {
    if (continue_token.empty()) return;
    metadata["continue"] = continue_token;
    metadata["remainingItemCount"] = remaining_items;
  }
};

// objects in key order (namespace/name), as Store::List returns them.
// nullopt on success, else a 400 for a malformed limit or token.
template <class T>
std::optional<Response> Paginate(const std::vector<std::shared_ptr<const T>>& objects, const std::string& limit,
                                 const std::string& token, ListPage<T>& page);

std::string EncodeContinue(const std::string& key);
// false for a token this server did not issue.
bool DecodeContinue(const std::string& token, std::string& key);

}  // namespace jobsim::server
