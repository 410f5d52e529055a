// The watch cache of one kind, the kube-apiserver way: fed by Store::Watch, it
// mirrors the kind's objects and keeps the last kWatchCacheEvents events, so
// that a watch can start from any resourceVersion it still covers (older ones
// get an ERROR event with 410 Expired, and the client re-lists). Each watcher
// writes newline-framed WatchEvent JSON into its own bounded ChunkPipe; a
// watcher whose pipe overflows or whose client left is dropped.
//
// A MODIFIED event is translated per watcher as kube-apiserver does: an object
// that stops matching the watcher's selectors arrives as DELETED, one that
// starts matching as ADDED.
//
// Simulation thread only (the pipes are the thread boundary).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fakeapi/store.h"
#include "server/chunk_pipe.h"

namespace jobsim::server {

template <class T>
class WatchCache {
 public:
  struct Watcher {
    api::ListOptions filter;
    // The object as this watcher receives it (the plain object, or a one-row Table).
    std::function<api::Json(const T&)> render;
    // Non-null when render depends on the object alone: watchers with the same
    // key share one encoding of each event (a fan-out to N watchers encodes
    // once, not N times). Null (Tables: their rows carry the time) = per watcher.
    const void* shared_render = nullptr;
    // {kind, apiVersion} of the watched list, for BOOKMARK events.
    api::Json bookmark_type;
    bool bookmarks = false;
    std::shared_ptr<ChunkPipe> pipe;
    uint64_t after_rv = 0;  // set by Add: events up to here are not sent
  };

  // Mirrors the store's objects of kind T as of now and subscribes to its watch.
  WatchCache(api::Store& store, size_t capacity);
  ~WatchCache();
  WatchCache(const WatchCache&) = delete;
  WatchCache& operator=(const WatchCache&) = delete;

  // Starts a watcher. resource_version: "" or "0" = send every matching object
  // as ADDED, then changes; "N" = every change after N. A version older than
  // the cache covers gets one ERROR (410 Expired) event and a closed pipe;
  // a malformed one is a BadRequest (nothing written).
  api::Status Add(const std::string& resource_version, Watcher watcher);
  // Sends a BOOKMARK to every watcher that asked for them, and drops watchers
  // whose client is gone.
  void Tick();
  // The objects matching filter as they were at resource version rv, in key
  // order: the mirrored objects with every cached change after rv undone (a
  // continued list's snapshot). Gone (410 Expired) when changes after rv have
  // already left the cache. REQUIRES: the cache has seen every store event up
  // to rv (the simulation delivers them before the next request batch).
  api::Status Snapshot(uint64_t rv, const api::ListOptions& filter, std::vector<std::shared_ptr<const T>>& out) const;

  uint64_t resource_version() const { return head_rv_; }  // the newest event seen
  size_t watcher_count() const { return watchers_.size(); }

 private:
  struct Entry {
    uint64_t rv;
    api::WatchType type;
    std::shared_ptr<const T> object;
    std::shared_ptr<const T> previous;  // null for ADDED
  };

  // The encoded lines of one event, by (shared_render, type), while it is delivered.
  struct Encoded {
    const void* shared_render;
    const char* type;
    std::string line;
  };

  void OnEvent(const api::WatchEvent<T>& event);
  // false when the watcher must be dropped. memo: the event's encodings so far
  // (null: encode for this watcher alone).
  bool Deliver(Watcher& watcher, const Entry& entry, std::vector<Encoded>* memo = nullptr);
  static bool Send(Watcher& watcher, const char* type, const api::Json& object);
  // Sends object as a type event, rendered for watcher, or its shared encoding from memo.
  static bool SendObject(Watcher& watcher, const char* type, const T& object, std::vector<Encoded>* memo);
  static bool SendLine(Watcher& watcher, const std::string& line);

  api::Store& store_;
  const size_t capacity_;
  api::Store::WatchId watch_id_ = 0;
  std::map<std::string, std::shared_ptr<const T>> objects_;  // key: namespace/name, as of head_rv_
  std::deque<Entry> events_;
  uint64_t start_rv_ = 0;     // events up to here were already in the store when the cache started
  uint64_t complete_rv_ = 0;  // every event after this one is still cached
  uint64_t head_rv_ = 0;
  std::map<uint64_t, Watcher> watchers_;  // by start order
  uint64_t next_watcher_ = 1;
};

}  // namespace jobsim::server
