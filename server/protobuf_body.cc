#include "server/protobuf_body.h"

#include <cstdint>
#include <map>

#include "fakeapi/codec.h"

namespace jobsim::server {
namespace {

using api::Json;

// How one field's bytes become JSON.
enum class Wire { kString, kInt, kBool, kMessage, kStringMap, kTime };

struct Field {
  const char* json;
  Wire wire;
  bool repeated = false;
  const char* message = nullptr;  // kMessage: the schema name
};

using Schema = std::map<int, Field>;

// The subset of k8s.io/api a typed client writes for Job, Pod and Namespace
// (the three top-level kinds accepted), by message name.
const std::map<std::string, Schema>& Schemas() {
  static const std::map<std::string, Schema> schemas = {
      {"Job", {{1, {"metadata", Wire::kMessage, false, "ObjectMeta"}}, {2, {"spec", Wire::kMessage, false, "JobSpec"}}}},
      {"Pod", {{1, {"metadata", Wire::kMessage, false, "ObjectMeta"}}, {2, {"spec", Wire::kMessage, false, "PodSpec"}}}},
      {"Namespace", {{1, {"metadata", Wire::kMessage, false, "ObjectMeta"}}}},
      {"ObjectMeta",
       {{1, {"name", Wire::kString}}, {2, {"generateName", Wire::kString}}, {3, {"namespace", Wire::kString}},
        {5, {"uid", Wire::kString}}, {6, {"resourceVersion", Wire::kString}}, {7, {"generation", Wire::kInt}},
        {8, {"creationTimestamp", Wire::kTime}}, {11, {"labels", Wire::kStringMap}},
        {12, {"annotations", Wire::kStringMap}}, {14, {"finalizers", Wire::kString, true}}}},
      {"JobSpec",
       {{1, {"parallelism", Wire::kInt}}, {2, {"completions", Wire::kInt}},
        {3, {"activeDeadlineSeconds", Wire::kInt}}, {4, {"selector", Wire::kMessage, false, "LabelSelector"}},
        {5, {"manualSelector", Wire::kBool}}, {6, {"template", Wire::kMessage, false, "PodTemplateSpec"}},
        {7, {"backoffLimit", Wire::kInt}}, {8, {"ttlSecondsAfterFinished", Wire::kInt}},
        {9, {"completionMode", Wire::kString}}, {10, {"suspend", Wire::kBool}},
        {12, {"backoffLimitPerIndex", Wire::kInt}}, {13, {"maxFailedIndexes", Wire::kInt}},
        {14, {"podReplacementPolicy", Wire::kString}}, {15, {"managedBy", Wire::kString}}}},
      {"LabelSelector", {{1, {"matchLabels", Wire::kStringMap}}}},
      {"PodTemplateSpec",
       {{1, {"metadata", Wire::kMessage, false, "ObjectMeta"}}, {2, {"spec", Wire::kMessage, false, "PodSpec"}}}},
      {"PodSpec",
       {{2, {"containers", Wire::kMessage, true, "Container"}}, {3, {"restartPolicy", Wire::kString}},
        {4, {"terminationGracePeriodSeconds", Wire::kInt}}, {5, {"activeDeadlineSeconds", Wire::kInt}},
        {6, {"dnsPolicy", Wire::kString}}, {7, {"nodeSelector", Wire::kStringMap}},
        {8, {"serviceAccountName", Wire::kString}}, {10, {"nodeName", Wire::kString}},
        {19, {"schedulerName", Wire::kString}}, {20, {"initContainers", Wire::kMessage, true, "Container"}}}},
      {"Container",
       {{1, {"name", Wire::kString}}, {2, {"image", Wire::kString}}, {3, {"command", Wire::kString, true}},
        {4, {"args", Wire::kString, true}}, {5, {"workingDir", Wire::kString}},
        {7, {"env", Wire::kMessage, true, "EnvVar"}},
        {13, {"terminationMessagePath", Wire::kString}}, {14, {"imagePullPolicy", Wire::kString}},
        {20, {"terminationMessagePolicy", Wire::kString}}}},
      {"EnvVar", {{1, {"name", Wire::kString}}, {2, {"value", Wire::kString}}}},
  };
  return schemas;
}

// A cursor over protobuf wire format; every read checks bounds.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool done() const { return pos_ >= data_.size(); }
  bool Varint(uint64_t& out) {
    out = 0;
    for (int shift = 0; shift < 64 && pos_ < data_.size(); shift += 7) {
      const auto byte = static_cast<uint8_t>(data_[pos_++]);
      out |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }
  bool Bytes(std::string_view& out) {
    uint64_t n = 0;
    if (!Varint(n) || n > data_.size() - pos_) return false;
    out = data_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  // Skips a field of a wire type jobsim does not read (fixed32/64).
  bool Skip(int wire_type) {
    const size_t n = wire_type == 1 ? 8 : wire_type == 5 ? 4 : 0;
    if (n == 0 || n > data_.size() - pos_) return false;
    pos_ += n;
    return true;
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

bool DecodeMessage(std::string_view data, const Schema& schema, Json& out, int depth);

// map<string,string> entries are messages {1 key, 2 value}.
bool DecodeMapEntry(std::string_view data, Json& map) {
  Reader r(data);
  std::string key, value;
  while (!r.done()) {
    uint64_t tag = 0;
    std::string_view bytes;
    if (!r.Varint(tag) || (tag & 7) != 2 || !r.Bytes(bytes)) return false;
    ((tag >> 3) == 1 ? key : value) = std::string(bytes);
  }
  map[key] = value;
  return true;
}

// metav1.Time {1 seconds, 2 nanos}; an empty message is the zero time (omitted).
bool DecodeTime(std::string_view data, Json& out) {
  Reader r(data);
  uint64_t seconds = 0;
  while (!r.done()) {
    uint64_t tag = 0, value = 0;
    if (!r.Varint(tag) || !r.Varint(value)) return false;
    if ((tag >> 3) == 1) seconds = value;
  }
  if (seconds != 0) out = api::EncodeTime(static_cast<UnixMs>(seconds) * 1000);
  return true;
}

bool DecodeLengthDelimited(std::string_view bytes, const Field& field, Json& value, int depth) {
  switch (field.wire) {
    case Wire::kString: value = std::string(bytes); return true;
    case Wire::kStringMap: return DecodeMapEntry(bytes, value);
    case Wire::kTime: return DecodeTime(bytes, value);
    case Wire::kMessage: return DecodeMessage(bytes, Schemas().at(field.message), value, depth + 1);
    default: return false;
  }
}

// The JSON value a field ends up as, dropping gogo's empty defaults.
void Put(Json& out, const Field& field, Json value) {
  const bool empty = value.is_null() || (value.is_string() && value.get<std::string>().empty()) ||
                     (value.is_object() && value.empty());
  if (field.wire == Wire::kStringMap) {
    if (!value.empty()) out[field.json].update(value);
    return;
  }
  if (empty && !field.repeated) return;
  if (field.repeated) {
    out[field.json].push_back(value.is_null() ? Json::object() : value);
  } else {
    out[field.json] = std::move(value);
  }
}

bool DecodeMessage(std::string_view data, const Schema& schema, Json& out, int depth) {
  constexpr int kMaxDepth = 16;  // the deepest Job path is 6 messages
  if (depth > kMaxDepth) return false;
  out = Json::object();
  Reader r(data);
  while (!r.done()) {
    uint64_t tag = 0;
    if (!r.Varint(tag)) return false;
    const int number = static_cast<int>(tag >> 3);
    const int wire_type = static_cast<int>(tag & 7);
    const auto it = schema.find(number);
    if (wire_type == 0) {
      uint64_t v = 0;
      if (!r.Varint(v)) return false;
      if (it == schema.end() || v == 0) continue;
      Put(out, it->second, it->second.wire == Wire::kBool ? Json(v != 0) : Json(static_cast<int64_t>(v)));
    } else if (wire_type == 2) {
      std::string_view bytes;
      if (!r.Bytes(bytes)) return false;
      if (it == schema.end()) continue;
      Json value = it->second.wire == Wire::kStringMap ? Json::object() : Json();
      if (!DecodeLengthDelimited(bytes, it->second, value, depth)) return false;
      Put(out, it->second, std::move(value));
    } else if (!r.Skip(wire_type)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool DecodeProtobufObject(const std::string& body, Json& out, std::string& error) {
  static const std::string kMagic("k8s\0", 4);
  if (body.compare(0, kMagic.size(), kMagic) != 0) {
    error = "protobuf body without the k8s magic prefix";
    return false;
  }
  static const Schema kTypeMeta = {{1, {"apiVersion", Wire::kString}}, {2, {"kind", Wire::kString}}};
  Reader r(std::string_view(body).substr(kMagic.size()));
  std::string api_version, kind;
  std::string_view raw;
  while (!r.done()) {
    uint64_t tag = 0;
    std::string_view bytes;
    if (!r.Varint(tag) || (tag & 7) != 2 || !r.Bytes(bytes)) {
      error = "malformed protobuf envelope";
      return false;
    }
    if ((tag >> 3) == 2) raw = bytes;
    if ((tag >> 3) != 1) continue;
    Json type;
    if (!DecodeMessage(bytes, kTypeMeta, type, 0)) {
      error = "malformed protobuf typeMeta";
      return false;
    }
    api_version = type.value("apiVersion", "");
    kind = type.value("kind", "");
  }
  const auto schema = Schemas().find(kind);
  if (kind != "Job" && kind != "Pod" && kind != "Namespace") {
    error = "protobuf bodies of kind \"" + kind + "\" are not supported; send JSON";
    return false;
  }
  if (!DecodeMessage(raw, schema->second, out, 0)) {
    error = "malformed protobuf " + kind;
    return false;
  }
  out["apiVersion"] = api_version;
  out["kind"] = kind;
  return true;
}

}  // namespace jobsim::server
