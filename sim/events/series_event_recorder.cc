#include "sim/events/series_event_recorder.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <utility>

#include "sim/events/key_hash.h"
#include "sim/events/make_event.h"
#include "sim/events/scheduler_action.h"

namespace jobsim::sim {
namespace {

// tools/events/event_broadcaster.go.
constexpr int64_t kFinishTimeMs = 6 * 60 * 1000;    // finishTime
constexpr int64_t kRefreshTimeMs = 30 * 60 * 1000;  // refreshTime

// getKey: type, action, reason, regarding (every field of the reference) and
// related (never set here), hashed (key_hash.h). The reporting controller and
// instance are the same for every event of one recorder, so they are left out.
// The fields are joined in `buffer` and hashed in one pass, which costs a
// third of hashing twenty short parts one by one (the same value: key_hash.h).
// The buffer only grows, and the parts are copied in without std::string's
// appends, which cost more than the copying.
uint64_t IsomorphicKey(const api::ObjectReference& r, std::string_view type, std::string_view action,
                       std::string_view reason, std::string& buffer) {
  const std::string_view parts[] = {type,   action, reason,        r.kind,             r.namespace_,
                                    r.name, r.uid,  r.api_version, r.resource_version, r.field_path};
  size_t size = std::size(parts);  // a separator after each part
  for (const std::string_view part : parts) size += part.size();
  if (buffer.size() < size) buffer.resize(size);
  char* out = buffer.data();
  for (const std::string_view part : parts) {
    std::memcpy(out, part.data(), part.size());
    out += part.size();
    *out++ = '\x1f';  // unit separator: separate fields, as in Go's struct key
  }
  return HashOf(std::string_view(buffer.data(), size));
}

}  // namespace

SeriesEventRecorder::SeriesEventRecorder(api::Store& store, api::EventSource source)
    : store_(store),
      executor_(store.dispatcher()),
      controller_(source.component),
      instance_(source.component + "-" + source.host),
      start_ms_(store.clock().NowUnixMs()),
      sink_(store, namer_) {}

SeriesEventRecorder::~SeriesEventRecorder() {
  if (finish_timer_) executor_.Cancel(*finish_timer_);
  if (refresh_timer_) executor_.Cancel(*refresh_timer_);
}

void SeriesEventRecorder::Record(const api::ObjectReference& regarding, const std::string& type,
                                 const std::string& reason, const std::string& note) {
  if (!IsValidEventType(type)) return;
  const UnixMs now_ms = store_.clock().NowUnixMs();
  const std::string_view action = SchedulerAction(reason);
  const uint64_t key = IsomorphicKey(regarding, type, action, reason, key_buffer_);
  const auto place = cache_.Locate(key);
  if (place.index == FlatTable<Cached>::kNone) {
    const uint64_t nanos = namer_.Next(regarding.name, now_ms, name_);
    api::EventView event = MakeEvent(name_, nanos, regarding, type, reason, note);
    event.event_time = now_ms;
    event.action = action;
    event.reporting_component = controller_;
    event.reporting_instance = instance_;
    event.hints = &pack_hints_;
    // Cached even when the write failed, as upstream caches its own copy. After
    // a successful write it is the stored Event.
    sink_.Create(event, name_);
    Cached& cached = cache_.value(cache_.Add(key, place));  // the write changed nothing here
    if (CompactEvent::Fits(event, controller_, instance_)) {
      cached.compact.emplace(event);
    } else {
      cached.whole = std::make_shared<const api::Event>(api::EventOf(event));
    }
    Arm(finish_timer_, kFinishTimeMs, &SeriesEventRecorder::FinishSeries);
    return;
  }
  Cached& cached = cache_.value(place.index);
  if (cached.series) {
    ++cached.series->count;
    cached.series->last_observed_time = now_ms;
    return;
  }
  cached.series = api::EventSeries{2, now_ms};
  WriteSeries(cached);
  Arm(refresh_timer_, kRefreshTimeMs, &SeriesEventRecorder::RefreshSeries);
}

void SeriesEventRecorder::WriteSeries(Cached& cached) {
  const api::EventSeries series = *cached.series;
  api::Event event = cached.Current(controller_, instance_);
  event.series = series;
  // createPatchBytesForSeries: the patch carries `series` only.
  bool gone = false;
  const auto patch = [&series](api::Event& e) { e.series = series; };
  std::shared_ptr<const api::Event> stored = sink_.Patch(event.metadata.namespace_, event.metadata.name, patch, gone);
  if (gone) stored = sink_.Create(std::make_shared<api::Event>(std::move(event)));
  if (!stored) return;
  cached.whole = std::move(stored);
  cached.compact.reset();
}

std::vector<uint64_t> SeriesEventRecorder::KeysInOrder() const {
  std::vector<uint64_t> keys;
  keys.reserve(cache_.size());
  for (uint32_t i = 0; i < cache_.size(); ++i) keys.push_back(cache_.key(i));
  std::sort(keys.begin(), keys.end());
  return keys;
}

void SeriesEventRecorder::FinishSeries() {
  finish_timer_.reset();
  const UnixMs horizon_ms = store_.clock().NowUnixMs() - kFinishTimeMs;
  for (uint64_t key : KeysInOrder()) {
    const uint32_t index = cache_.Find(key);
    Cached& cached = cache_.value(index);
    const UnixMs last_ms = cached.series ? cached.series->last_observed_time : cached.EventTime();
    if (last_ms >= horizon_ms) continue;
    if (cached.series) WriteSeries(cached);
    cache_.Erase(index);
  }
  if (!cache_.empty()) Arm(finish_timer_, kFinishTimeMs, &SeriesEventRecorder::FinishSeries);
}

void SeriesEventRecorder::RefreshSeries() {
  refresh_timer_.reset();
  bool any_series = false;
  for (uint64_t key : KeysInOrder()) {
    Cached& cached = cache_.value(cache_.Find(key));
    if (!cached.series) continue;
    WriteSeries(cached);
    any_series = true;
  }
  if (any_series) Arm(refresh_timer_, kRefreshTimeMs, &SeriesEventRecorder::RefreshSeries);
}

void SeriesEventRecorder::Arm(std::optional<Executor::TimerId>& timer, int64_t period_ms, Tick tick) {
  if (timer) return;
  const UnixMs now_ms = store_.clock().NowUnixMs();
  const UnixMs next_ms = start_ms_ + ((now_ms - start_ms_) / period_ms + 1) * period_ms;
  timer = executor_.After(next_ms - now_ms, [this, tick] { (this->*tick)(); });
}

}  // namespace jobsim::sim
