#include "server/watch_cache.h"

#include <string_view>

#include <fmt/format.h>

#include "fakeapi/codec.h"
#include "server/list_filter.h"
#include "server/responses.h"

namespace jobsim::server {

template <class T>
WatchCache<T>::WatchCache(api::Store& store, size_t capacity) : store_(store), capacity_(capacity) {
  std::vector<std::shared_ptr<const T>> all;
  store_.List(api::ListOptions{}, all);
  for (auto& object : all) objects_[api::ObjectKey(object->metadata.namespace_, object->metadata.name)] = object;
  start_rv_ = complete_rv_ = head_rv_ = store_.resource_version();
  watch_id_ = store_.Watch<T>([this](const api::WatchEvent<T>& event) { OnEvent(event); });
}

template <class T>
WatchCache<T>::~WatchCache() {
  store_.StopWatch(watch_id_);
  for (auto& [id, watcher] : watchers_) watcher.pipe->Close();
}

template <class T>
void WatchCache<T>::OnEvent(const api::WatchEvent<T>& event) {
  const uint64_t rv = event.object->metadata.resource_version;
  // Delivered after the cache listed the store: already in objects_.
  if (rv <= start_rv_) return;
  const std::string key = api::ObjectKey(event.object->metadata.namespace_, event.object->metadata.name);
  Entry entry{rv, event.type, event.object, nullptr};
  if (auto it = objects_.find(key); it != objects_.end()) entry.previous = it->second;
  if (event.type == api::WatchType::kDeleted) {
    objects_.erase(key);
  } else {
    objects_[key] = event.object;
  }
  head_rv_ = rv;
  events_.push_back(entry);
  if (events_.size() > capacity_) {
    complete_rv_ = events_.front().rv;
    events_.pop_front();
  }
  std::vector<Encoded> memo;
  for (auto it = watchers_.begin(); it != watchers_.end();) {
    it = Deliver(it->second, events_.back(), &memo) ? std::next(it) : watchers_.erase(it);
  }
}

template <class T>
bool WatchCache<T>::SendLine(Watcher& watcher, const std::string& line) {
  if (watcher.pipe->Write(line)) return true;
  watcher.pipe->Close();
  return false;
}

template <class T>
bool WatchCache<T>::Send(Watcher& watcher, const char* type, const api::Json& object) {
  const api::Json event = {{"type", type}, {"object", object}};
  return SendLine(watcher, event.dump() + "\n");
}

template <class T>
bool WatchCache<T>::SendObject(Watcher& watcher, const char* type, const T& object, std::vector<Encoded>* memo) {
  if (!memo || !watcher.shared_render) return Send(watcher, type, watcher.render(object));
  for (const Encoded& e : *memo) {
    if (e.shared_render == watcher.shared_render && std::string_view(e.type) == type) return SendLine(watcher, e.line);
  }
  const api::Json event = {{"type", type}, {"object", watcher.render(object)}};
  memo->push_back(Encoded{watcher.shared_render, type, event.dump() + "\n"});
  return SendLine(watcher, memo->back().line);
}

template <class T>
bool WatchCache<T>::Deliver(Watcher& watcher, const Entry& entry, std::vector<Encoded>* memo) {
  if (entry.rv <= watcher.after_rv) return true;
  const bool before = entry.previous && MatchesList(*entry.previous, watcher.filter);
  if (entry.type == api::WatchType::kDeleted) {
    const bool matched = before || MatchesList(*entry.object, watcher.filter);
    return matched ? SendObject(watcher, "DELETED", *entry.object, memo) : !watcher.pipe->reader_gone();
  }
  const bool now = MatchesList(*entry.object, watcher.filter);
  if (now && before) return SendObject(watcher, "MODIFIED", *entry.object, memo);
  if (now) return SendObject(watcher, "ADDED", *entry.object, memo);
  // Left the selection: the watcher sees it go, with its new state.
  if (before) return SendObject(watcher, "DELETED", *entry.object, memo);
  return !watcher.pipe->reader_gone();
}

template <class T>
api::Status WatchCache<T>::Add(const std::string& resource_version, Watcher watcher) {
  uint64_t from = 0;
  const bool replay_state = resource_version.empty() || resource_version == "0";
  if (!replay_state) {
    try {
      size_t used = 0;
      from = std::stoull(resource_version, &used);
      if (used != resource_version.size()) throw std::invalid_argument(resource_version);
    } catch (const std::exception&) {
      return api::Status::BadRequest(fmt::format("invalid resource version: {}", resource_version));
    }
  }
  if (!replay_state && from < complete_rv_) {
    const api::Status gone =
        api::Status::Gone(fmt::format("too old resource version: {} ({})", from, complete_rv_ + 1));
    Send(watcher, "ERROR", StatusJson(gone));
    watcher.pipe->Close();
    return api::Status::Ok();
  }
  watcher.after_rv = replay_state ? head_rv_ : from;
  if (replay_state) {
    for (const auto& [key, object] : objects_) {
      if (MatchesList(*object, watcher.filter) && !Send(watcher, "ADDED", watcher.render(*object))) {
        return api::Status::Ok();
      }
    }
  } else {
    for (const Entry& entry : events_) {
      if (!Deliver(watcher, entry)) return api::Status::Ok();
    }
  }
  watchers_.emplace(next_watcher_++, std::move(watcher));
  return api::Status::Ok();
}

template <class T>
void WatchCache<T>::Tick() {
  for (auto it = watchers_.begin(); it != watchers_.end();) {
    Watcher& w = it->second;
    bool keep = !w.pipe->reader_gone();
    if (keep && w.bookmarks) {
      api::Json object = w.bookmark_type;
      object["metadata"] = {{"resourceVersion", std::to_string(head_rv_)}};
      keep = Send(w, "BOOKMARK", object);
    }
    it = keep ? std::next(it) : watchers_.erase(it);
  }
}

template <class T>
api::Status WatchCache<T>::Snapshot(uint64_t rv, const api::ListOptions& filter,
                                    std::vector<std::shared_ptr<const T>>& out) const {
  if (rv < complete_rv_) {
    // etcd3's continueExpired: the history the snapshot needs is compacted.
    return api::Status::Gone(
        "The provided continue parameter is too old to display a consistent list result. You can start a new list "
        "without the continue parameter.");
  }
  std::map<std::string, std::shared_ptr<const T>> state = objects_;
  for (auto it = events_.rbegin(); it != events_.rend() && it->rv > rv; ++it) {
    const std::string key = api::ObjectKey(it->object->metadata.namespace_, it->object->metadata.name);
    if (it->previous) {
      state[key] = it->previous;
    } else {
      state.erase(key);
    }
  }
  for (const auto& [key, object] : state) {
    if (MatchesList(*object, filter)) out.push_back(object);
  }
  return api::Status::Ok();
}

template class WatchCache<api::Pod>;
template class WatchCache<api::Job>;
template class WatchCache<api::Event>;
template class WatchCache<api::Node>;
template class WatchCache<api::Namespace>;

}  // namespace jobsim::server
