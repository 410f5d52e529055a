#include "server/http_client.h"

// Boost 1.74 asio/awaitable.hpp uses std::exchange without including <utility> (fails under GCC 12, C++20).
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <fmt/format.h>

namespace jobsim::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// "http://host:port[/...]" -> host, port.
bool SplitUrl(const std::string& url, std::string& host, std::string& port) {
  const std::string scheme = "http://";
  if (url.rfind(scheme, 0) != 0) return false;
  const std::string rest = url.substr(scheme.size(), url.find('/', scheme.size()) - scheme.size());
  const size_t colon = rest.rfind(':');
  host = rest.substr(0, colon);
  port = colon == std::string::npos ? "80" : rest.substr(colon + 1);
  return !host.empty();
}

}  // namespace

api::Status HttpCall(const std::string& url, const std::string& method, const std::string& path,
                     const std::string& body, const std::string& token, HttpResult& out) {
  std::string host, port;
  if (!SplitUrl(url, host, port)) return api::Status::BadRequest(fmt::format("not an http:// URL: {}", url));
  try {
    net::io_context io;
    beast::tcp_stream stream(io);
    stream.connect(tcp::resolver(io).resolve(host, port));
    http::request<http::string_body> request(http::string_to_verb(method), path, 11);
    request.set(http::field::host, host + ":" + port);
    if (!token.empty()) request.set(http::field::authorization, "Bearer " + token);
    if (!body.empty()) request.set(http::field::content_type, "application/json");
    request.body() = body;
    request.prepare_payload();
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    out.status = static_cast<int>(response.result_int());
    out.body = response.body();
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  } catch (const std::exception& e) {
    return api::Status::BadRequest(fmt::format("{}: {}", url, e.what()));
  }
  return api::Status::Ok();
}

}  // namespace jobsim::server
