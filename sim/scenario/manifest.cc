#include "sim/scenario/manifest.h"

#include <sstream>

#include <fmt/format.h>

#include "fakeapi/codec.h"
#include "sim/scenario/file_text.h"
#include "sim/scenario/yaml_json.h"

namespace jobsim::scenario {
namespace {

// Where the YAML document holds a codec error's field path ("spec.template.spec.containers[0].command"):
// the deepest node that exists along the path.
YAML::Node FindPath(const YAML::Node& doc, const std::string& path) {
  YAML::Node at = doc;
  std::stringstream segments(path);
  std::string segment;
  while (std::getline(segments, segment, '.')) {
    const auto bracket = segment.find('[');
    const std::string key = segment.substr(0, bracket);
    if (!at.IsMap()) return at;
    YAML::Node next(YAML::NodeType::Undefined);
    for (const auto& kv : at) {
      if (kv.first.Scalar() == key) next.reset(kv.second);
    }
    if (!next.IsDefined()) return at;
    at.reset(next);
    for (size_t pos = bracket; pos != std::string::npos; pos = segment.find('[', pos + 1)) {
      const size_t index = std::strtoul(segment.c_str() + pos + 1, nullptr, 10);
      if (!at.IsSequence() || index >= at.size()) return at;
      const YAML::Node& list = at;
      YAML::Node item = list[index];
      at.reset(item);
    }
  }
  return at;
}

// "spec.parallelism: expected an integer" -> "spec.parallelism".
std::string ErrorPath(const std::string& message) {
  const auto colon = message.find(": ");
  return colon == std::string::npos ? "" : message.substr(0, colon);
}

class ManifestReader {
 public:
  ManifestReader(ParseContext& ctx, const YAML::Node& anchor, std::string file)
      : ctx_(ctx), anchor_(anchor), file_(std::move(file)) {}

  // One document (or inline object); appends to out when it is valid.
  void Read(const YAML::Node& doc, std::vector<Manifest>& out) {
    if (!doc.IsMap()) return Fail(doc, "expected an object (a map with apiVersion, kind and metadata)");
    const YAML::Node kind_node = doc["kind"];
    const YAML::Node version_node = doc["apiVersion"];
    if (!kind_node.IsDefined() || !kind_node.IsScalar()) return Fail(doc, "kind is missing");
    if (!version_node.IsDefined() || !version_node.IsScalar()) return Fail(doc, "apiVersion is missing");
    auto kind = KindFromName(kind_node.Scalar());
    if (!kind) {
      return Fail(kind_node, fmt::format("kind \"{}\" is not simulated (jobsim stores Job, Pod, Event, Node "
                                         "and Namespace)",
                                         kind_node.Scalar()));
    }
    Manifest m;
    m.location = {file_, LineOf(doc)};
    m.kind = *kind;
    m.api_version = version_node.Scalar();
    m.object = YamlToJson(doc);
    if (api::Status st = DecodeCheck(*kind, m.object); !st.ok()) {
      return Fail(FindPath(doc, ErrorPath(st.message())), st.message());
    }
    out.push_back(std::move(m));
  }

 private:
  void Fail(const YAML::Node& at, const std::string& message) {
    const int line = LineOf(at);
    if (file_ == ctx_.file()) ctx_.Fail(at, message);
    else ctx_.FailElsewhere(file_, line, anchor_, message);
  }

  ParseContext& ctx_;
  YAML::Node anchor_;
  std::string file_;
};

std::vector<Manifest> LoadFile(ParseContext& ctx, const YAML::Node& value, const std::string& relative) {
  std::vector<Manifest> out;
  const std::string path = ctx.Resolve(relative);
  const std::optional<std::string> text = ReadTextFile(path);
  if (!text) {
    ctx.Fail(value, fmt::format("manifest \"{}\" not found", relative));
    return out;
  }
  std::vector<YAML::Node> docs;
  try {
    docs = YAML::LoadAll(*text);
  } catch (const YAML::Exception& e) {
    ctx.FailElsewhere(path, e.mark.is_null() ? 1 : e.mark.line + 1, value, "not YAML: " + e.msg);
    return out;
  }
  ManifestReader reader(ctx, value, path);
  bool any = false;
  for (const YAML::Node& doc : docs) {
    if (doc.IsNull()) continue;  // an empty document between two `---`
    any = true;
    reader.Read(doc, out);
  }
  if (!any) ctx.FailElsewhere(path, 1, value, "no objects in manifest");
  return out;
}

}  // namespace

api::Status DecodeCheck(Kind kind, const Json& object) {
  switch (kind) {
    case Kind::kPod: { api::Pod pod; return api::Decode(object, pod); }
    case Kind::kJob: { api::Job job; return api::Decode(object, job); }
    case Kind::kEvent: { api::Event event; return api::Decode(object, event); }
    case Kind::kNode: { api::Node node; return api::Decode(object, node); }
    case Kind::kNamespace: { api::Namespace ns; return api::Decode(object, ns); }
  }
  return api::Status::BadRequest("unknown kind");
}

std::vector<Manifest> LoadManifests(ParseContext& ctx, const YAML::Node& value, std::string& source) {
  source.clear();
  if (value.IsScalar()) {
    source = value.Scalar();
    return LoadFile(ctx, value, source);
  }
  std::vector<Manifest> out;
  ManifestReader reader(ctx, value, ctx.file());
  if (value.IsMap()) {
    reader.Read(value, out);
  } else if (value.IsSequence() && value.size() > 0) {
    for (const YAML::Node& item : value) reader.Read(item, out);
  } else {
    ctx.Fail(value, "expected a manifest path, an object or a list of objects");
  }
  return out;
}

}  // namespace jobsim::scenario
