// The HTTP/1.1 front of `jobsim serve` (Boost.Beast, kept to this file and
// http_client.cc because its headers are slow to compile). It only does I/O:
// it accepts connections, reads requests under the limits of limits.h
// (413 / 431 / read timeout), hands each request to the simulation thread,
// and writes the answer back, streaming chunked bodies (watches) from their
// ChunkPipe. Keep-alive connections, parallel requests and long watches are
// served concurrently on the I/O threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "fakeapi/status.h"
#include "server/simulation_thread.h"

namespace jobsim::server {

class HttpListener {
 public:
  explicit HttpListener(SimulationThread& simulation);
  ~HttpListener();
  HttpListener(const HttpListener&) = delete;
  HttpListener& operator=(const HttpListener&) = delete;

  // Binds address:port (port 0 = any free port) and starts io_threads threads.
  api::Status Start(const std::string& address, uint16_t port, int io_threads);
  // The bound port. REQUIRES: Start succeeded.
  uint16_t port() const;
  // Stops accepting, closes every connection and joins the I/O threads.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobsim::server
