#include "sim/events/event_sink.h"

namespace jobsim::sim {
namespace {

// Fresh names to try when a name is taken; one clash is already rare.
constexpr int kNameAttempts = 8;

}  // namespace

std::shared_ptr<const api::Event> EventSink::Create(api::Event event) {
  event.metadata.resource_version = 0;  // recordEvent: "ResourceVersion is empty on creation"
  // A taken name is replaced before the write, so the event moves into the store uncopied.
  for (int attempt = 0; attempt < kNameAttempts; ++attempt) {
    if (!store_.Exists<api::Event>(event.metadata.namespace_, event.metadata.name)) {
      api::Result<api::Event> result = store_.Create(std::move(event));
      return result.ok() ? result.object : nullptr;
    }
    event.metadata.name = namer_.Next(event.involved_object.name, store_.clock().NowUnixMs());
  }
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
  if (result.status.IsNotFound()) return Create(event);
  return nullptr;
}

}  // namespace jobsim::sim
