#include "server/http_listener.h"

#include <array>
#include <cctype>
#include <optional>
#include <thread>
#include <vector>

// Boost 1.74 asio/awaitable.hpp uses std::exchange without including <utility> (fails under GCC 12, C++20).
#include <utility>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <fmt/format.h>

#include "server/limits.h"
#include "server/responses.h"

namespace jobsim::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using error_code = beast::error_code;

std::string Lowercase(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Request ToRequest(http::request<http::string_body>&& in) {
  Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) out.headers[Lowercase(std::string(field.name_string()))] = std::string(field.value());
  out.body = std::move(in.body());
  return out;
}

// One connection: read a request, hand it over, write the answer; repeat
// while the client keeps the connection alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, SimulationThread& simulation)
      : stream_(std::move(socket)), simulation_(simulation), stream_timer_(stream_.get_executor()) {}

  void Run() { net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::DoRead, shared_from_this())); }

 private:
  void DoRead() {
    parser_.emplace();
    parser_->body_limit(kMaxBodyBytes);
    parser_->header_limit(static_cast<uint32_t>(kMaxHeaderBytes));
    stream_.expires_after(std::chrono::milliseconds(kReadTimeoutMs));
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(error_code ec, size_t) {
    if (ec == http::error::body_limit) return Reject(413, "RequestEntityTooLarge", "the request body is too large");
    if (ec == http::error::header_limit) {
      return Reject(431, "RequestHeaderFieldsTooLarge", "the request headers are too large");
    }
    if (ec) return Close();
    keep_alive_ = parser_->get().keep_alive();
    auto self = shared_from_this();
    simulation_.Submit(ToRequest(parser_->release()), [self](Response response) {
      net::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
        self->Write(std::move(response));
      });
    });
  }

  // Answers a request that could not be read completely, then closes.
  void Reject(int code, const std::string& reason, const std::string& message) {
    keep_alive_ = false;
    Write(ErrorResponse(code, reason, message));
  }

  void Write(Response response) {
    if (response.stream) return StartStream(std::move(response));
    auto out = std::make_shared<http::response<http::string_body>>();
    out->result(static_cast<unsigned>(response.status));
    out->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) out->insert(name, value);
    out->keep_alive(keep_alive_);
    out->body() = std::move(response.body);
    out->prepare_payload();
    http::async_write(stream_, *out, [self = shared_from_this(), out](error_code ec, size_t) {
      if (ec || !self->keep_alive_) return self->Close();
      self->DoRead();
    });
  }

  // A watch: the header, then one chunk per batch the pipe delivers, until
  // the pipe ends, the timeout passes, or the client goes away.
  void StartStream(Response response) {
    pipe_ = response.stream;
    stream_.expires_never();
    auto header = std::make_shared<http::response<http::empty_body>>();
    header->result(static_cast<unsigned>(response.status));
    header->set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers) header->insert(name, value);
    header->chunked(true);
    header->keep_alive(false);
    auto serializer = std::make_shared<http::response_serializer<http::empty_body>>(*header);
    http::async_write_header(stream_, *serializer, [self = shared_from_this(), header, serializer](error_code ec, size_t) {
      if (ec) return self->EndStream();
      self->WatchForHangup();
      self->pipe_->SetWaker([weak = std::weak_ptr<Session>(self)] {
        if (auto s = weak.lock()) net::post(s->stream_.get_executor(), [s] { s->Pump(); });
      });
    });
    if (response.stream_timeout_ms > 0) {
      stream_timer_.expires_after(std::chrono::milliseconds(response.stream_timeout_ms));
      stream_timer_.async_wait([self = shared_from_this()](error_code ec) {
        if (!ec) self->pipe_->Close();
      });
    }
  }

  // The client sends nothing during a watch: a completed read means it hung up.
  void WatchForHangup() {
    stream_.async_read_some(net::buffer(hangup_buffer_), [self = shared_from_this()](error_code ec, size_t) {
      if (ec) self->EndStream();
    });
  }

  void Pump() {
    if (writing_ || ended_) return;
    std::string data;
    switch (pipe_->Read(data)) {
      case ChunkPipe::ReadState::kEmpty: return;
      case ChunkPipe::ReadState::kEnd: return FinishStream();
      case ChunkPipe::ReadState::kData: break;
    }
    writing_ = true;
    auto chunk = std::make_shared<std::string>(std::move(data));
    net::async_write(stream_, http::make_chunk(net::buffer(*chunk)),
                     [self = shared_from_this(), chunk](error_code ec, size_t) {
                       self->writing_ = false;
                       if (ec) return self->EndStream();
                       self->Pump();
                     });
  }

  void FinishStream() {
    writing_ = true;
    net::async_write(stream_, http::make_chunk_last(),
                     [self = shared_from_this()](error_code, size_t) { self->EndStream(); });
  }

  void EndStream() {
    if (ended_) return;
    ended_ = true;
    pipe_->MarkReaderGone();
    stream_timer_.cancel();
    Close();
  }

  void Close() {
    error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
  }

  beast::tcp_stream stream_;
  SimulationThread& simulation_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  bool keep_alive_ = true;
  std::shared_ptr<ChunkPipe> pipe_;
  net::steady_timer stream_timer_;
  std::array<char, 512> hangup_buffer_{};
  bool writing_ = false;
  bool ended_ = false;
};

}  // namespace

struct HttpListener::Impl {
  explicit Impl(SimulationThread& simulation) : simulation(simulation), acceptor(net::make_strand(io)) {}

  void Accept() {
    acceptor.async_accept(net::make_strand(io), [this](error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted) return;
      if (!ec) std::make_shared<Session>(std::move(socket), simulation)->Run();
      Accept();
    });
  }

  SimulationThread& simulation;
  net::io_context io;
  tcp::acceptor acceptor;
  std::vector<std::thread> threads;
};

HttpListener::HttpListener(SimulationThread& simulation) : impl_(std::make_unique<Impl>(simulation)) {}

HttpListener::~HttpListener() { Stop(); }

api::Status HttpListener::Start(const std::string& address, uint16_t port, int io_threads) {
  error_code ec;
  const auto ip = net::ip::make_address(address, ec);
  if (ec) return api::Status::BadRequest(fmt::format("--address: \"{}\" is not an IP address", address));
  const tcp::endpoint endpoint(ip, port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec) return api::Status::BadRequest(fmt::format("cannot listen on {}:{}: {}", address, port, ec.message()));
  impl_->Accept();
  for (int i = 0; i < io_threads; ++i) impl_->threads.emplace_back([this] { impl_->io.run(); });
  return api::Status::Ok();
}

uint16_t HttpListener::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpListener::Stop() {
  if (impl_->threads.empty()) return;
  impl_->io.stop();
  for (auto& t : impl_->threads) t.join();
  impl_->threads.clear();
}

}  // namespace jobsim::server
