#include "server/list_page.h"

#include <algorithm>

#include "server/limits.h"
#include "server/responses.h"

namespace jobsim::server {

std::string EncodeContinue(const std::string& key) {
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : key) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

bool DecodeContinue(const std::string& token, std::string& key) {
  if (token.size() % 2 != 0) return false;
  key.clear();
  for (size_t i = 0; i < token.size(); i += 2) {
    const std::string byte = token.substr(i, 2);
    if (byte.find_first_not_of("0123456789abcdef") != std::string::npos) return false;
    key += static_cast<char>(std::stoi(byte, nullptr, 16));
  }
  return true;
}

template <class T>
std::optional<Response> Paginate(const std::vector<std::shared_ptr<const T>>& objects, const std::string& limit,
                                 const std::string& token, ListPage<T>& page) {
  int64_t max = kMaxListLimit;
  if (!limit.empty()) {
    if (limit.find_first_not_of("0123456789") != std::string::npos || limit.size() > 9) {
      return ErrorResponse(400, "BadRequest", "invalid limit: " + limit);
    }
    const int64_t asked = std::stoll(limit);
    if (asked > 0) max = std::min(asked, kMaxListLimit);
  }
  std::string after;
  if (!token.empty() && !DecodeContinue(token, after)) {
    return ErrorResponse(400, "BadRequest", "continue key is not valid: " + token);
  }
  size_t i = 0;
  if (!token.empty()) {
    while (i < objects.size() &&
           api::ObjectKey(objects[i]->metadata.namespace_, objects[i]->metadata.name) <= after) {
      ++i;
    }
  }
  for (; i < objects.size() && static_cast<int64_t>(page.items.size()) < max; ++i) page.items.push_back(objects[i]);
  if (i < objects.size()) {
    const auto& last = *page.items.back();
    page.continue_token = EncodeContinue(api::ObjectKey(last.metadata.namespace_, last.metadata.name));
    page.remaining_items = static_cast<int64_t>(objects.size() - i);
  }
  return std::nullopt;
}

template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Pod>>&, const std::string&,
                                          const std::string&, ListPage<api::Pod>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Job>>&, const std::string&,
                                          const std::string&, ListPage<api::Job>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Event>>&, const std::string&,
                                          const std::string&, ListPage<api::Event>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Node>>&, const std::string&,
                                          const std::string&, ListPage<api::Node>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Namespace>>&,
                                          const std::string&, const std::string&, ListPage<api::Namespace>&);

}  // namespace jobsim::server
