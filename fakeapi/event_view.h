// An Event's fields as views of strings held elsewhere: what the store packs
// (fakeapi/packed_event.h). Either an api::Event seen through ViewOf (Store::Create
// of an Event), or what a recorder made, for Store::CreateRecorded: then no
// api::Event is built, and the parts the recorder knows as numbers (the
// name's nanoseconds) are not printed and parsed back.
// The member names are api::Event's, so that one list of fields
// (packed_event.cc Fields) serves writing a view and reading an Event.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "fakeapi/types.h"
#include "sim/base/clock.h"

namespace jobsim::api {

struct PackHints;  // packed_event.h

// A uid's 128 bits, high word first, as RFC 4122 prints them
// (8-4-4-4-12 hexadecimal digits).
struct UidBits {
  uint64_t high = 0;
  uint64_t low = 0;
};

struct EventView {
  struct Meta {
    std::string_view namespace_;
    std::string_view name;
    // When set, name is "<involved_object.name>.<these in lowercase hexadecimal>" (sim/events/event_name.h).
    std::optional<uint64_t> name_nanos;
    std::string_view uid;
    // When set, the bits uid prints (or would print: the store sets them, not the text).
    const UidBits* uid_bits = nullptr;
    uint64_t resource_version = 0;
    int64_t generation = 0;
    UnixMs creation_timestamp = 0;
  };
  struct Reference {
    std::string_view kind;
    std::string_view namespace_;
    std::string_view name;
    std::string_view uid;
    std::string_view api_version;
    std::string_view resource_version;
    std::string_view field_path;
    // When set, the bits uid prints (api::ParseUidBits of it), which a
    // recorder works out once per object.
    const UidBits* uid_bits = nullptr;
    // True when name is known to be a DNS-1123 subdomain (IsDns1123Subdomain
    // of it, worked out once per object by a recorder); false: not known.
    bool name_is_subdomain = false;
  };
  struct Source {
    std::string_view component;
    std::string_view host;
  };

  Meta metadata;
  Reference involved_object;
  std::string_view reason;
  std::string_view message;
  Source source;
  UnixMs first_timestamp = 0;
  UnixMs last_timestamp = 0;
  int32_t count = 0;
  std::string_view type;
  UnixMs event_time = 0;
  std::optional<EventSeries> series;
  std::string_view action;
  std::string_view reporting_component;
  std::string_view reporting_instance;
  // Where the store's packer looks up this caller's interned texts
  // (packed_event.h PackHints), or null: the packer's own. Not a field.
  PackHints* hints = nullptr;
};

EventView::Reference ViewOf(const ObjectReference& ref);
// What `event` has but labels, annotations, owners, finalizers, generateName,
// a deletion and unknown fields: the view has no room for them.
// uid_bits: event.metadata.uid's bits, when the caller has them.
EventView ViewOf(const Event& event, const UidBits* uid_bits = nullptr);
// The Event the view shows (its uid's text, not its bits).
Event EventOf(const EventView& view);

}  // namespace jobsim::api
