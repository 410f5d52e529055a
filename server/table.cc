#include "server/table.h"

#include <algorithm>

#include "fakeapi/codec.h"
#include "kubectl/get_printer.h"

namespace jobsim::server {
namespace {

using api::Json;

kubectl::Table Columns(const std::vector<std::shared_ptr<const api::Pod>>& v, UnixMs now,
                       const kubectl::TableOptions& o, const kubectl::KubectlRules& r) {
  return kubectl::PodTable(v, now, o, r);
}
kubectl::Table Columns(const std::vector<std::shared_ptr<const api::Job>>& v, UnixMs now,
                       const kubectl::TableOptions& o, const kubectl::KubectlRules& r) {
  return kubectl::JobTable(v, now, o, r);
}
kubectl::Table Columns(const std::vector<std::shared_ptr<const api::Event>>& v, UnixMs now,
                       const kubectl::TableOptions& o, const kubectl::KubectlRules& r) {
  return kubectl::EventTable(v, now, o, r);
}
kubectl::Table Columns(const std::vector<std::shared_ptr<const api::Node>>& v, UnixMs now,
                       const kubectl::TableOptions& o, const kubectl::KubectlRules& r) {
  return kubectl::NodeTable(v, now, o, r);
}
kubectl::Table Columns(const std::vector<std::shared_ptr<const api::Namespace>>& v, UnixMs now,
                       const kubectl::TableOptions& o, const kubectl::KubectlRules& r) {
  return kubectl::NamespaceTable(v, now, o, r);
}

// The wide header, each column with priority 0 when the narrow view shows it.
template <class T>
Json ColumnDefinitions(const TableContext& context) {
  const std::vector<std::shared_ptr<const T>> none;
  kubectl::TableOptions narrow_options, wide_options;
  wide_options.wide = true;
  const auto narrow = Columns(none, context.now, narrow_options, context.rules).header;
  const auto wide = Columns(none, context.now, wide_options, context.rules).header;
  Json columns = Json::array();
  for (size_t i = 0; i < wide.size(); ++i) {
    const bool shown = std::find(narrow.begin(), narrow.end(), wide[i]) != narrow.end();
    columns.push_back({{"name", wide[i]},
                       {"type", "string"},
                       {"format", i == 0 ? "name" : ""},
                       {"description", ""},
                       {"priority", shown ? 0 : 1}});
  }
  return columns;
}

template <class T>
Json RowObject(const T& object, IncludeObject include) {
  if (include == IncludeObject::kObject) return api::Encode(object);
  return {{"kind", "PartialObjectMetadata"},
          {"apiVersion", "meta.k8s.io/v1"},
          {"metadata", api::EncodeMeta(object.metadata)}};
}

}  // namespace

bool WantsTable(const std::string& accept) { return accept.find("as=Table") != std::string::npos; }

IncludeObject ParseIncludeObject(const std::string& value) {
  if (value == "None") return IncludeObject::kNone;
  if (value == "Object") return IncludeObject::kObject;
  return IncludeObject::kMetadata;
}

kubectl::KubectlRules ServerPrintRules(kubectl::KubectlRules rules) {
  rules.legacy_layout = false;
  rules.get_pods_hides_finished = false;
  return rules;
}

template <class T>
Json TableOf(const std::vector<std::shared_ptr<const T>>& objects, const TableContext& context) {
  kubectl::TableOptions wide;
  wide.wide = true;
  Json rows = Json::array();
  for (const auto& object : objects) {
    // One object at a time: a row always belongs to its object, whatever the printer filters.
    const kubectl::Table one = Columns(std::vector<std::shared_ptr<const T>>{object}, context.now, wide, context.rules);
    for (const auto& cells : one.rows) {
      Json row = {{"cells", cells}};
      if (context.include != IncludeObject::kNone) row["object"] = RowObject(*object, context.include);
      rows.push_back(row);
    }
  }
  return {{"kind", "Table"},
          {"apiVersion", "meta.k8s.io/v1"},
          {"metadata", {{"resourceVersion", std::to_string(context.resource_version)}}},
          {"columnDefinitions", ColumnDefinitions<T>(context)},
          {"rows", rows}};
}

template Json TableOf(const std::vector<std::shared_ptr<const api::Pod>>&, const TableContext&);
template Json TableOf(const std::vector<std::shared_ptr<const api::Job>>&, const TableContext&);
template Json TableOf(const std::vector<std::shared_ptr<const api::Event>>&, const TableContext&);
template Json TableOf(const std::vector<std::shared_ptr<const api::Node>>&, const TableContext&);
template Json TableOf(const std::vector<std::shared_ptr<const api::Namespace>>&, const TableContext&);

}  // namespace jobsim::server
