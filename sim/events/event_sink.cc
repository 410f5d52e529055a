#include "sim/events/event_sink.h"

#include <optional>
#include <string>
#include <utility>

namespace jobsim::sim {
namespace {

// Fresh names to try when a name is taken; one clash is already rare.
constexpr int kNameAttempts = 8;

// Tries `create` under new names from `namer` while the name (in `name`) is
// taken; `renamed(nanos)` follows each new name (also after the last try, as
// the namer's sequence has always advanced). The store refuses a taken name
// before it changes anything, so the same event is tried again. The first
// name is kept only once a clash happens, to give it back if every name is taken.
template <class Create, class Renamed>
bool CreateUnderFreeName(EventNamer& namer, const Clock& clock, std::string_view object_name, std::string& name,
                         Create create, Renamed renamed) {
  api::Status status = create();
  if (status.ok()) return true;
  std::optional<std::string> first_name;
  for (int attempt = 1; status.IsAlreadyExists(); ++attempt) {
    if (!first_name) first_name = name;
    renamed(namer.Next(object_name, clock.NowUnixMs(), name));
    if (attempt == kNameAttempts) break;
    status = create();
    if (status.ok()) return true;
  }
  if (first_name) name = std::move(*first_name);
  return false;
}

}  // namespace

bool EventSink::Create(api::EventView& event, std::string& name) {
  const std::optional<uint64_t> first_nanos = event.metadata.name_nanos;
  const bool created = CreateUnderFreeName(
      namer_, store_.clock(), event.involved_object.name, name,
      [&] { return store_.CreateRecorded(event); },
      [&](uint64_t nanos) {
        event.metadata.name = name;
        event.metadata.name_nanos = nanos;
      });
  if (!created) {
    event.metadata.name = name;
    event.metadata.name_nanos = first_nanos;
  }
  return created;
}

std::shared_ptr<const api::Event> EventSink::Create(const std::shared_ptr<api::Event>& event) {
  event->metadata.resource_version = 0;  // recordEvent: "ResourceVersion is empty on creation"
  std::shared_ptr<const api::Event> stored;
  CreateUnderFreeName(
      namer_, store_.clock(), event->involved_object.name, event->metadata.name,
      [&] {
        api::Result<api::Event> result = store_.Create(event);
        stored = std::move(result.object);
        return result.status;
      },
      [](uint64_t) {});
  return stored;
}

std::shared_ptr<const api::Event> EventSink::Patch(const std::string& ns, const std::string& name,
                                                   const std::function<void(api::Event&)>& patch, bool& gone) {
  api::Result<api::Event> result = store_.Patch<api::Event>(ns, name, [&](api::Event& stored) {
    patch(stored);
    return api::Status::Ok();
  });
  gone = result.status.IsNotFound();
  return result.object;
}

}  // namespace jobsim::sim
