// Every limit of the HTTP surface in one place, each with its reason.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jobsim::server {

// A Job or Pod manifest is a few KB; 3 MiB is kube-apiserver's own request
// body limit (etcd's 1.5 MiB object limit, doubled for JSON overhead).
inline constexpr size_t kMaxBodyBytes = 3 * 1024 * 1024;
// Go's http.Server default MaxHeaderBytes is 1 MiB; kubectl sends < 1 KB.
inline constexpr size_t kMaxHeaderBytes = 64 * 1024;
// An idle keep-alive connection, or a client that stops mid-request, is closed
// after this long (real time).
inline constexpr int64_t kReadTimeoutMs = 60 * 1000;
// Watch events kept for watchers that resume from a resourceVersion; older
// ones get 410 Expired and re-list, as from kube-apiserver's watch cache.
inline constexpr size_t kWatchCacheEvents = 10000;
// Bytes a stream (a watch, a followed log) may have queued but not yet
// written to its socket. A stream that falls this far behind is closed
// (kube-apiserver closes a cacheWatcher whose channel is full) so that its
// client cannot hold the simulation's memory.
inline constexpr size_t kStreamBufferBytes = 8 * 1024 * 1024;
// How often watchers that asked for bookmarks get one (real time); kube-apiserver
// sends them about once a minute, more often keeps `kubectl wait` resumable.
inline constexpr int64_t kBookmarkIntervalMs = 10 * 1000;
// The simulation thread never sleeps longer than this, so a changed pace
// (a clock request) or a shutdown is noticed promptly.
inline constexpr int64_t kMaxIdleSleepMs = 100;
// A list page is at most this long, whatever `limit` asks for.
inline constexpr int64_t kMaxListLimit = 10000;

// Served texts of object versions kept for lists and gets (encoded_objects.h):
// a list of every object of a large served cluster stays cached, at a few KB each.
inline constexpr size_t kEncodedObjectsKept = 10000;

}  // namespace jobsim::server
