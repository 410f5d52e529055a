// One watch cache per stored kind, created together when the server starts.
#pragma once

#include "server/limits.h"
#include "server/watch_cache.h"

namespace jobsim::server {

class WatchCaches {
 public:
  explicit WatchCaches(api::Store& store, size_t capacity = kWatchCacheEvents)
      : pods_(store, capacity), jobs_(store, capacity), events_(store, capacity), nodes_(store, capacity),
        namespaces_(store, capacity) {}

  template <class T>
  WatchCache<T>& Of();

  // Bookmarks and dead-watcher sweep for every kind.
  void Tick() {
    pods_.Tick();
    jobs_.Tick();
    events_.Tick();
    nodes_.Tick();
    namespaces_.Tick();
  }

 private:
  WatchCache<api::Pod> pods_;
  WatchCache<api::Job> jobs_;
  WatchCache<api::Event> events_;
  WatchCache<api::Node> nodes_;
  WatchCache<api::Namespace> namespaces_;
};

template <>
inline WatchCache<api::Pod>& WatchCaches::Of<api::Pod>() { return pods_; }
template <>
inline WatchCache<api::Job>& WatchCaches::Of<api::Job>() { return jobs_; }
template <>
inline WatchCache<api::Event>& WatchCaches::Of<api::Event>() { return events_; }
template <>
inline WatchCache<api::Node>& WatchCaches::Of<api::Node>() { return nodes_; }
template <>
inline WatchCache<api::Namespace>& WatchCaches::Of<api::Namespace>() { return namespaces_; }

}  // namespace jobsim::server
