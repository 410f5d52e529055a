#include "fakeapi/packed_event.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace jobsim::api;

namespace {

// Every field of a core/v1 Event set, with values that exercise the varints
// (negative, zero, large) and both string forms.
Event KubeletEvent(const std::string& pod) {
  Event e;
  e.metadata.name = pod + ".17f3a1b2c3d4e5f6";
  e.metadata.namespace_ = "default";
  e.metadata.uid = "0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b";
  e.metadata.resource_version = 1234567890123ULL;
  e.metadata.generation = 3;
  e.metadata.creation_timestamp = 1463136322000;
  e.involved_object = {"Pod", "default", pod, "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "v1", "42", "spec.containers{pi}"};
  e.reason = "Started";
  e.message = "Started container pi";
  e.source = {"kubelet", "node-1"};
  e.first_timestamp = 1463136323000;
  e.last_timestamp = -1;
  e.count = 7;
  e.type = "Normal";
  e.event_time = 1463136323123;
  e.series = EventSeries{2, 1463136329456};
  e.action = "Binding";
  e.reporting_component = "kubelet";
  e.reporting_instance = "node-1";
  return e;
}

std::shared_ptr<const Event> RoundTrip(EventPacker& packer, const Event& e) {
  return packer.Unpack(packer.Pack(std::make_shared<const Event>(e)));
}

}  // namespace

TEST_CASE("a packed event reads back equal to the one written", "[packed_event]") {
  EventPacker packer;
  const Event started = KubeletEvent("pi-x7k2p");
  CHECK(*RoundTrip(packer, started) == started);

  Event plain;  // every field at its zero value
  CHECK(*RoundTrip(packer, plain) == plain);

  Event scheduled = KubeletEvent("pi-q9z4m");
  scheduled.series.reset();
  scheduled.reason = "Scheduled";
  scheduled.message = "Successfully assigned default/pi-q9z4m to node-1";  // names its pod: kept inline
  scheduled.count = 0;
  CHECK(*RoundTrip(packer, scheduled) == scheduled);

  // Longer than any event before it: the packer's buffer grows to fit.
  Event long_message = KubeletEvent("pi-l0ng1");
  long_message.message = "Error: pi-l0ng1 " + std::string(10000, 'x');
  CHECK(*RoundTrip(packer, long_message) == long_message);
  CHECK(*RoundTrip(packer, started) == started);
}

TEST_CASE("strings that repeat from event to event are interned once", "[packed_event]") {
  EventPacker packer;
  RoundTrip(packer, KubeletEvent("pi-aaaaa"));
  const size_t after_first = packer.interned_count();
  RoundTrip(packer, KubeletEvent("pi-bbbbb"));
  RoundTrip(packer, KubeletEvent("pi-ccccc"));
  CHECK(after_first > 0);
  CHECK(packer.interned_count() == after_first);  // names, uids and versions are not interned

  Event named = KubeletEvent("pi");  // about the Job "pi"
  named.message = "Created pod: pi-ddddd";
  RoundTrip(packer, named);
  CHECK(packer.interned_count() == after_first);  // a message naming an object of its own is not either

  named = KubeletEvent("pi-ddddd");
  named.message = "Deleted pod pi-ddddd";
  RoundTrip(packer, named);
  const size_t with_text = packer.interned_count();
  CHECK(with_text == after_first + 2);  // the text around the object's name: "Deleted pod " and ""
  named = KubeletEvent("pi-eeeee");
  named.message = "Deleted pod pi-eeeee";
  RoundTrip(packer, named);
  CHECK(packer.interned_count() == with_text);
}

TEST_CASE("an event the packed form has no room for is kept whole", "[packed_event]") {
  EventPacker packer;
  Event labelled = KubeletEvent("pi-x7k2p");
  labelled.metadata.labels = StringMap{{"team", "batch"}};
  Event finalized = KubeletEvent("pi-x7k2p");
  finalized.metadata.finalizers.push_back("example.com/keep");
  finalized.metadata.deletion_timestamp = 1463136400000;
  Event unknown = KubeletEvent("pi-x7k2p");
  unknown.extra = Json{{"note", "a field jobsim does not model"}};
  for (const Event& e : {labelled, finalized, unknown}) {
    auto kept = std::make_shared<const Event>(e);
    auto back = packer.Unpack(packer.Pack(kept));
    CHECK(back == kept);  // the very object, not a rendering
    CHECK(*back == e);
  }

  SECTION("a packed event owns what it keeps, and hands it on when moved") {
    auto kept = std::make_shared<const Event>(labelled);
    {
      PackedEvent packed = packer.Pack(kept);
      CHECK(kept.use_count() == 2);
      PackedEvent moved = std::move(packed);
      CHECK(packer.Unpack(moved) == kept);
      CHECK(packer.Unpack(packed) == nullptr);  // NOLINT(bugprone-use-after-move): empty once moved from
      moved = packer.Pack(std::make_shared<const Event>(KubeletEvent("pi-x7k2p")));
      CHECK(kept.use_count() == 1);  // released by the assignment
      CHECK(*packer.Unpack(moved) == KubeletEvent("pi-x7k2p"));
    }
    CHECK(kept.use_count() == 1);
  }
}

TEST_CASE("a field that cycles through more values than it has hints reads back right", "[packed_event]") {
  EventPacker packer;
  // Six reasons in turn, and forty hosts, more than the 32 fingerprint slots
  // of a field: some share a slot, so values come back from the last value,
  // the fingerprint table, and the table of all interned strings.
  const std::vector<std::string> reasons = {"Pulling", "Pulled", "Created", "Started", "Killing", "BackOff"};
  constexpr size_t kHosts = 40;
  size_t interned = 0;
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < kHosts; ++i) {
      Event e = KubeletEvent("pi-" + std::to_string(i));
      e.reason = reasons[i % reasons.size()];
      e.source.host = "node-" + std::to_string(i);
      e.reporting_instance = e.source.host;
      REQUIRE(*RoundTrip(packer, e) == e);
      REQUIRE(*RoundTrip(packer, e) == e);  // the same values again: the last-value hints
    }
    if (round == 0) interned = packer.interned_count();
  }
  CHECK(packer.interned_count() == interned);  // nothing interned twice
}

TEST_CASE("views with hints of their own pack as views without", "[packed_event]") {
  // Two callers interleaved, each with its hints, and a third with none: the
  // blocks read back right, are the size a single packer's are, and no text
  // is interned twice.
  EventPacker with_hints, without;
  PackHints node_1, node_2;
  const std::vector<std::string> reasons = {"Pulled", "Created", "Started"};
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < 12; ++i) {
      Event e = KubeletEvent("pi-" + std::to_string(i));
      e.reason = reasons[i % reasons.size()];
      e.message = e.reason + " container pi";
      e.source.host = e.reporting_instance = i % 2 ? "node-1" : "node-2";
      EventView view = ViewOf(e);
      view.hints = i % 4 == 3 ? nullptr : i % 2 ? &node_1 : &node_2;
      REQUIRE(*with_hints.Unpack(with_hints.Pack(view)) == e);
      without.Pack(ViewOf(e));
      REQUIRE(with_hints.packed_bytes() == without.packed_bytes());
      REQUIRE(with_hints.interned_count() == without.interned_count());
    }
  }
}

TEST_CASE("fields that view the bytes of the field before them read back as their own text", "[packed_event]") {
  // A recorder's view: the involved object's namespace and the reporting
  // component the same bytes as the fields before them; the reporting
  // instance a shorter view of the host's bytes, and an empty view at them.
  EventPacker packer;
  const Event e = KubeletEvent("pi-x7k2p");
  const std::string host = "node-12";
  for (const size_t instance_size : {host.size(), size_t{6}, size_t{0}}) {
    EventView view = ViewOf(e);
    view.involved_object.namespace_ = view.metadata.namespace_;
    view.reporting_component = view.source.component;
    view.source.host = host;
    view.reporting_instance = std::string_view(host.data(), instance_size);
    const std::shared_ptr<const Event> read = packer.Unpack(packer.Pack(view));
    CHECK(*read == EventOf(view));
    CHECK(read->reporting_instance == host.substr(0, instance_size));
  }
}

TEST_CASE("names, uids, versions, times and messages in their short forms read back exactly", "[packed_event]") {
  EventPacker packer;
  const Event started = KubeletEvent("pi-x7k2p");
  const auto packed_size = [&packer](const Event& e) {
    const size_t before = packer.packed_bytes();
    packer.Pack(std::make_shared<const Event>(e));
    return packer.packed_bytes() - before;
  };
  // A recorder's Event: the name is its object's and a number, both uids as
  // the store prints them, the times within a second of creationTimestamp.
  Event made = started;
  made.first_timestamp = made.last_timestamp = made.metadata.creation_timestamp + 417;
  made.event_time = made.metadata.creation_timestamp;  // the code an unset time would have had
  made.series = EventSeries{2, made.metadata.creation_timestamp + 999};
  CHECK(*RoundTrip(packer, made) == made);
  // A recorder's times at creationTimestamp (their whole second): a byte each.
  Event at_creation = made;
  at_creation.first_timestamp = at_creation.last_timestamp = made.metadata.creation_timestamp;
  CHECK(*RoundTrip(packer, at_creation) == at_creation);
  CHECK(packed_size(at_creation) + 2 == packed_size(made));
  // A recorder's name, its nanoseconds within a second of creationTimestamp's: five bytes, not nine.
  Event named_then = at_creation;
  char nanos[17];
  std::snprintf(nanos, sizeof nanos, "%llx",
                static_cast<unsigned long long>(made.metadata.creation_timestamp + 417) * 1'000'000 + 5);
  named_then.metadata.name = "pi-x7k2p." + std::string(nanos);
  CHECK(*RoundTrip(packer, named_then) == named_then);
  CHECK(packed_size(named_then) + 4 == packed_size(at_creation));
  // The name (16 bytes smaller) and the two uids (20 each).
  Event unlike = made;
  unlike.metadata.name = "pi-x7k2p.1816687EC7ABD4C1";
  unlike.metadata.uid = "0B5E6A4C-1D2E-4F30-8A9B-1C2D3E4F5A6B";
  unlike.involved_object.uid = "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A";
  CHECK(packed_size(made) + 50 < packed_size(unlike));

  SECTION("what only looks like the short forms is kept as it is") {
    const std::vector<std::string> names = {"pi-x7k2p.0abc", "pi-x7k2p.", "pi-x7k2p.1ABC", "pi-x7k2p.12345678901234567",
                                            "pi-x7k2p-1abc", "pi-x7k2.1abc", "pi-x7k2p.0", "pi-x7k2p.ffffffffffffffff",
                                            "pi-x7k2p.1816687ec7abd4cg", "pi-x7k2p.0816687ec7abd4c1", "pi-x7k2p.1816687EC7ABD4C1"};
    const std::vector<std::string> uids = {"0B5E6A4C-1D2E-4F30-8A9B-1C2D3E4F5A6B", "0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6",
                                           "0b5e6a4c1d2e-4f30-8a9b-1c2d3e4f5a6b0", "0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6g",
                                           "ffffffff-ffff-ffff-ffff-ffffffffffff", "00000000-0000-0000-0000-000000000000", ""};
    const std::vector<std::string> versions = {"", "0", "007", "18446744073709551615", "99999999999999999999", "12a"};
    for (size_t i = 0; i < names.size(); ++i) {
      Event e = made;
      e.metadata.name = names[i];
      e.metadata.uid = uids[i % uids.size()];
      e.involved_object.uid = uids[(i + 1) % uids.size()];
      e.involved_object.resource_version = versions[i % versions.size()];
      CHECK(*RoundTrip(packer, e) == e);
    }
  }
  SECTION("times far from creationTimestamp, before the epoch and at the ends of the range") {
    for (const int64_t t : {int64_t{0}, int64_t{1}, int64_t{-1}, INT64_MIN, INT64_MAX}) {
      Event e = made;
      e.first_timestamp = t;
      e.last_timestamp = -t;
      e.event_time = t / 2;
      CHECK(*RoundTrip(packer, e) == e);
      e.metadata.creation_timestamp = t;  // also as the base
      CHECK(*RoundTrip(packer, e) == e);
    }
  }
  SECTION("a message that names its object as a word interns the text around it") {
    Event scheduled = made;
    scheduled.message = "Successfully assigned default/pi-x7k2p to node-1";
    CHECK(*RoundTrip(packer, scheduled) == scheduled);
    const size_t interned = packer.interned_count();
    scheduled.involved_object.name = "pi-q9z4m";
    scheduled.metadata.name = "pi-q9z4m.1816687ec7abd4c1";
    scheduled.message = "Successfully assigned default/pi-q9z4m to node-1";
    CHECK(*RoundTrip(packer, scheduled) == scheduled);
    CHECK(packer.interned_count() == interned);
    for (const std::string message : {"pi-q9z4m", "pi-q9z4m pi-q9z4m", "Created pod: pi-q9z4m-x", "x.pi-q9z4m", ""}) {
      scheduled.message = message;
      CHECK(*RoundTrip(packer, scheduled) == scheduled);
    }
  }
}

TEST_CASE("an event's uid given as bits packs as its text does", "[packed_event]") {
  EventPacker packer;
  const auto kept = std::make_shared<const Event>(KubeletEvent("pi-x7k2p"));  // uid 0b5e6a4c-1d2e-4f30-8a9b-1c2d3e4f5a6b
  const UidBits bits{0x0b5e6a4c1d2e4f30ULL, 0x8a9b1c2d3e4f5a6bULL};
  CHECK(*packer.Unpack(packer.Pack(kept, &bits)) == *kept);
}

TEST_CASE("a uid's bits are read from lowercase RFC 4122 text only", "[packed_event]") {
  const std::optional<UidBits> bits = ParseUidBits("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
  REQUIRE(bits.has_value());
  CHECK(bits->high == 0x9f8e7d6c5b4a4392ULL);
  CHECK(bits->low == 0x81706f5e4d3c2b1aULL);
  for (const char* text : {"9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", "9f8e7d6c5b4a43928170-6f5e4d3c2b1a", "node-1", "",
                           "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a0"}) {
    CHECK_FALSE(ParseUidBits(text).has_value());
  }
}

TEST_CASE("a recorder's view, its name a number and its uid bits, packs as the Event does", "[packed_event]") {
  EventPacker from_event, from_view;
  const UidBits bits{0x0b5e6a4c1d2e4f30ULL, 0x8a9b1c2d3e4f5a6bULL};  // KubeletEvent's uid
  for (const std::string pod : {"pi-x7k2p", "pi-q9z4m"}) {
    const auto event = std::make_shared<const Event>(KubeletEvent(pod));  // named pod + ".17f3a1b2c3d4e5f6"
    EventView view = ViewOf(*event);
    view.metadata.name_nanos = 0x17f3a1b2c3d4e5f6ULL;
    view.metadata.uid = {};
    view.metadata.uid_bits = &bits;
    const std::optional<UidBits> involved_bits = ParseUidBits(event->involved_object.uid);
    view.involved_object.uid_bits = &*involved_bits;  // the involved object's too
    const PackedEvent packed = from_view.Pack(view);
    CHECK(*from_view.Unpack(packed) == *event);
    from_event.Pack(event);
    CHECK(from_view.packed_bytes() == from_event.packed_bytes());
    CHECK(from_view.interned_count() == from_event.interned_count());
  }
}
