// The watch-latency figure of serve_figures.sh: WATCHERS concurrent watches of
// the pods of a namespace, then WRITES label patches of one pod, one after the
// other. Per write: the time from just before the PATCH is sent to the moment
// the last watcher has received the event carrying that patch's label value.
//
//   serve_watch_latency HOST PORT NAMESPACE POD [WATCHERS=100] [WRITES=50]
//
// Prints `watch_latency_ms p50=.. p99=.. max=.. watchers=.. writes=..`.
// A standalone program (POSIX sockets and epoll, no dependencies), so that the
// client costs little next to the server on the same cores; serve_figures.sh
// compiles it with `c++ -O2 -std=c++20`. Wall time is read here, outside the
// simulation.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "serve_watch_latency: %s%s%s\n", what.c_str(), errno ? ": " : "", errno ? strerror(errno) : "");
  std::exit(1);
}

int Connect(const char* host, int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) Die("socket");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) Die(std::string("not an IPv4 address: ") + host);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) Die("connect");
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

void SendAll(int fd, const std::string& data) {
  for (size_t sent = 0; sent < data.size();) {
    const ssize_t n = send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) Die("send");
    sent += static_cast<size_t>(n);
  }
}

// Reads one HTTP/1.1 response with a Content-Length from a blocking socket.
// Returns the status code; the body goes to *body.
int ReadResponse(int fd, std::string* body) {
  std::string in;
  char buf[65536];
  size_t header_end = std::string::npos;
  size_t length = 0;
  while (true) {
    if (header_end == std::string::npos) {
      header_end = in.find("\r\n\r\n");
      if (header_end != std::string::npos) {
        std::string head = in.substr(0, header_end);
        for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const size_t cl = head.find("content-length:");
        if (cl == std::string::npos) Die("a response without Content-Length");
        length = std::strtoul(head.c_str() + cl + 15, nullptr, 10);
        header_end += 4;
      }
    }
    if (header_end != std::string::npos && in.size() >= header_end + length) break;
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) Die("the server closed the connection");
    in.append(buf, static_cast<size_t>(n));
  }
  if (body) *body = in.substr(header_end, length);
  return std::atoi(in.c_str() + 9);  // "HTTP/1.1 200"
}

struct Watcher {
  int fd = -1;
  std::string buf;
  bool header = false;
};

// Reads what is there; dies if the server ended the watch.
void Feed(Watcher& w) {
  char buf[65536];
  while (true) {
    const ssize_t n = recv(w.fd, buf, sizeof buf, 0);
    if (n > 0) {
      w.buf.append(buf, static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    Die("the server ended a watch");
  }
  if (!w.header) {
    const size_t end = w.buf.find("\r\n\r\n");
    if (end == std::string::npos) return;
    if (w.buf.compare(0, 12, "HTTP/1.1 200") != 0) Die("a watch answered " + w.buf.substr(0, w.buf.find("\r\n")));
    w.header = true;
    w.buf.erase(0, end + 4);
  }
}

// True once marker has arrived; drops what came before it.
bool Take(Watcher& w, const std::string& marker) {
  const size_t at = w.buf.find(marker);
  if (at == std::string::npos) {
    if (w.buf.size() > marker.size()) w.buf.erase(0, w.buf.size() - marker.size());  // a marker split across reads
    return false;
  }
  w.buf.erase(0, at + marker.size());
  return true;
}

double Percentile(std::vector<double> v, int p) {  // nearest rank
  std::sort(v.begin(), v.end());
  const size_t rank = std::max<size_t>(1, (v.size() * static_cast<size_t>(p) + 99) / 100);
  return v[std::min(v.size(), rank) - 1];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: serve_watch_latency HOST PORT NAMESPACE POD [WATCHERS=100] [WRITES=50]\n");
    return 2;
  }
  const char* host = argv[1];
  const int port = std::atoi(argv[2]);
  const std::string ns = argv[3], pod = argv[4];
  const int watchers = argc > 5 ? std::atoi(argv[5]) : 100;
  const int writes = argc > 6 ? std::atoi(argv[6]) : 50;
  const std::string authority = std::string(host) + ":" + argv[2];

  // The current resourceVersion: the list's, the last one in its body.
  const int api = Connect(host, port);
  std::string body;
  SendAll(api, "GET /api/v1/namespaces/" + ns + "/pods?limit=1 HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
  if (ReadResponse(api, &body) != 200) Die("list pods: " + body);
  const std::string key = "\"resourceVersion\":\"";
  const size_t at = body.rfind(key);
  if (at == std::string::npos) Die("no resourceVersion in the list");
  const std::string rv = body.substr(at + key.size(), body.find('"', at + key.size()) - at - key.size());

  const int ep = epoll_create1(0);
  std::vector<Watcher> ws(static_cast<size_t>(watchers));
  const std::string watch = "GET /api/v1/namespaces/" + ns + "/pods?watch=1&resourceVersion=" + rv +
                            " HTTP/1.1\r\nHost: " + authority + "\r\nAccept: application/json\r\n\r\n";
  for (size_t i = 0; i < ws.size(); ++i) {
    ws[i].fd = Connect(host, port);
    SendAll(ws[i].fd, watch);
    const int flags = 1;
    ioctl(ws[i].fd, FIONBIO, &flags);
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = i;
    if (epoll_ctl(ep, EPOLL_CTL_ADD, ws[i].fd, &ev) != 0) Die("epoll_ctl");
  }

  std::vector<double> latencies;
  std::vector<char> pending(ws.size());
  std::vector<epoll_event> events(ws.size());
  for (int i = 0; i <= writes; ++i) {  // write 0 warms up (every watch has its header): not counted
    const std::string value = "w" + std::to_string(getpid()) + "-" + std::to_string(i);
    const std::string marker = "\"serve-figures\":\"" + value + "\"";
    const std::string patch = "{\"metadata\":{\"labels\":{\"serve-figures\":\"" + value + "\"}}}";
    const std::string request = "PATCH /api/v1/namespaces/" + ns + "/pods/" + pod + " HTTP/1.1\r\nHost: " + authority +
                                "\r\nContent-Type: application/merge-patch+json\r\nContent-Length: " +
                                std::to_string(patch.size()) + "\r\n\r\n" + patch;
    size_t left = ws.size();
    std::fill(pending.begin(), pending.end(), 1);
    for (size_t k = 0; k < ws.size(); ++k) {  // a marker may already be buffered
      if (Take(ws[k], marker)) pending[k] = 0, --left;
    }
    const Clock::time_point t0 = Clock::now();
    SendAll(api, request);
    while (left > 0) {
      const int n = epoll_wait(ep, events.data(), static_cast<int>(events.size()), 10000);
      if (n == 0) Die(std::to_string(left) + " watchers did not get write " + std::to_string(i) + " within 10 s");
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) Die("epoll_wait");
      for (int e = 0; e < n; ++e) {
        const size_t k = events[static_cast<size_t>(e)].data.u64;
        Feed(ws[k]);
        if (pending[k] && Take(ws[k], marker)) pending[k] = 0, --left;
      }
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (const int status = ReadResponse(api, &body); status != 200) Die("PATCH answered " + std::to_string(status) + ": " + body);
    if (i > 0) latencies.push_back(ms);
  }
  for (Watcher& w : ws) close(w.fd);
  close(api);
  std::printf("watch_latency_ms p50=%.2f p99=%.2f max=%.2f watchers=%d writes=%d\n", Percentile(latencies, 50),
              Percentile(latencies, 99), *std::max_element(latencies.begin(), latencies.end()), watchers, writes);
  return 0;
}
