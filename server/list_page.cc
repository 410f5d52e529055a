#include "server/list_page.h"

#include <algorithm>
#include <cstring>

#include "server/limits.h"
#include "server/responses.h"

namespace jobsim::server {
namespace {

// apimachinery's continue tokens are versioned by this.
constexpr const char* kContinueVersion = "meta.k8s.io/v1";
constexpr const char* kBase64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// base64url without padding (Go's base64.RawURLEncoding, which upstream uses).
std::string Base64UrlEncode(const std::string& in) {
  std::string out;
  uint32_t bits = 0;
  int count = 0;
  for (unsigned char c : in) {
    bits = (bits << 8) | c;
    count += 8;
    while (count >= 6) {
      count -= 6;
      out += kBase64Url[(bits >> count) & 63];
    }
  }
  if (count > 0) out += kBase64Url[(bits << (6 - count)) & 63];
  return out;
}

std::optional<std::string> Base64UrlDecode(const std::string& in) {
  std::string out;
  uint32_t bits = 0;
  int count = 0;
  for (char c : in) {
    const char* at = c == '\0' ? nullptr : std::strchr(kBase64Url, c);
    if (at == nullptr) return std::nullopt;
    bits = (bits << 6) | static_cast<uint32_t>(at - kBase64Url);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 255);
    }
  }
  return out;
}

Response InvalidToken(const std::string& why) {
  return ErrorResponse(400, "BadRequest", "invalid continue token: " + why);
}

}  // namespace

std::string EncodeContinue(const ContinueToken& token) {
  const api::Json json = {{"v", kContinueVersion}, {"rv", token.resource_version}, {"start", token.start_key}};
  return Base64UrlEncode(json.dump());
}

std::optional<Response> DecodeContinue(const std::string& text, ContinueToken& token) {
  const std::optional<std::string> decoded = Base64UrlDecode(text);
  if (!decoded) return InvalidToken("continue key is not valid: illegal base64 data");
  const api::Json json = api::Json::parse(*decoded, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object() || json.value("v", "") != kContinueVersion) {
    return InvalidToken("continue key is not valid: server does not recognize this encoded version");
  }
  const auto rv = json.find("rv");
  const auto start = json.find("start");
  if (rv == json.end() || !rv->is_number_unsigned() || rv->get<uint64_t>() == 0) {
    return InvalidToken("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
  }
  if (start == json.end() || !start->is_string() || start->get<std::string>().empty()) {
    return InvalidToken("continue key is not valid: encoded start key is empty (version meta.k8s.io/v1)");
  }
  token.resource_version = rv->get<uint64_t>();
  token.start_key = start->get<std::string>();
  return std::nullopt;
}

template <class T>
std::optional<Response> Paginate(const std::vector<std::shared_ptr<const T>>& objects, const std::string& limit,
                                 const std::optional<ContinueToken>& from, uint64_t resource_version,
                                 ListPage<T>& page) {
  int64_t max = kMaxListLimit;
  if (!limit.empty()) {
    if (limit.find_first_not_of("0123456789") != std::string::npos || limit.size() > 9) {
      return ErrorResponse(400, "BadRequest", "invalid limit: " + limit);
    }
    const int64_t asked = std::stoll(limit);
    if (asked > 0) max = std::min(asked, kMaxListLimit);
  }
  page.resource_version = resource_version;
  size_t i = 0;
  if (from) {
    while (i < objects.size() &&
           api::ObjectKey(objects[i]->metadata.namespace_, objects[i]->metadata.name) < from->start_key) {
      ++i;
    }
  }
  for (; i < objects.size() && static_cast<int64_t>(page.items.size()) < max; ++i) page.items.push_back(objects[i]);
  if (i < objects.size()) {
    const auto& last = *page.items.back();
    // The key right after the last one returned, as upstream's "start".
    const std::string next = api::ObjectKey(last.metadata.namespace_, last.metadata.name) + '\0';
    page.continue_token = EncodeContinue(ContinueToken{resource_version, next});
    page.remaining_items = static_cast<int64_t>(objects.size() - i);
  }
  return std::nullopt;
}

template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Pod>>&, const std::string&,
                                          const std::optional<ContinueToken>&, uint64_t, ListPage<api::Pod>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Job>>&, const std::string&,
                                          const std::optional<ContinueToken>&, uint64_t, ListPage<api::Job>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Event>>&, const std::string&,
                                          const std::optional<ContinueToken>&, uint64_t, ListPage<api::Event>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Node>>&, const std::string&,
                                          const std::optional<ContinueToken>&, uint64_t, ListPage<api::Node>&);
template std::optional<Response> Paginate(const std::vector<std::shared_ptr<const api::Namespace>>&, const std::string&,
                                          const std::optional<ContinueToken>&, uint64_t, ListPage<api::Namespace>&);

}  // namespace jobsim::server
