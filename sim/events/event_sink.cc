#include "sim/events/event_sink.h"

#include <optional>
#include <string>
#include <utility>

namespace jobsim::sim {
namespace {

// Fresh names to try when a name is taken; one clash is already rare.
constexpr int kNameAttempts = 8;

}  // namespace

std::shared_ptr<const api::Event> EventSink::Create(const std::shared_ptr<api::Event>& event) {
  event->metadata.resource_version = 0;  // recordEvent: "ResourceVersion is empty on creation"
  // The store refuses a taken name before it changes the event, so the same
  // event is tried again under a new name. The first name is kept only once a
  // clash happens, to give it back if every name is taken.
  std::optional<std::string> first_name;
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    api::Result<api::Event> result = store_.Create(event);
    if (result.ok()) return result.object;
    if (!result.status.IsAlreadyExists()) break;
    if (!first_name) first_name = event->metadata.name;
    namer_.Next(event->involved_object.name, store_.clock().NowUnixMs(), event->metadata.name);
  }
  if (first_name) event->metadata.name = std::move(*first_name);
  return nullptr;
}

std::shared_ptr<const api::Event> EventSink::Patch(const api::Event& event,
                                                   const std::function<void(api::Event&)>& patch) {
  api::Result<api::Event> result = store_.Patch<api::Event>(event.metadata.namespace_, event.metadata.name,
                                                            [&](api::Event& stored) {
                                                              patch(stored);
                                                              return api::Status::Ok();
                                                            });
  if (result.ok()) return result.object;
  if (result.status.IsNotFound()) return Create(std::make_shared<api::Event>(event));
  return nullptr;
}

}  // namespace jobsim::sim
