#include "kubectl/get_watch.h"

#include <algorithm>

#include <fmt/format.h>

#include "fakeapi/fields.h"
#include "kubectl/api_errors.h"
#include "kubectl/resource_types.h"
#include "kubectl/shown_managed_fields.h"
#include "kubectl/watched_object.h"

namespace jobsim::kubectl {
namespace {

void Put(Objects& o, std::shared_ptr<const api::Pod> p) { o.pods.push_back(std::move(p)); }
void Put(Objects& o, std::shared_ptr<const api::Job> j) { o.jobs.push_back(std::move(j)); }
void Put(Objects& o, std::shared_ptr<const api::Event> e) { o.events.push_back(std::move(e)); }
void Put(Objects& o, std::shared_ptr<const api::Node> n) { o.nodes.push_back(std::move(n)); }
void Put(Objects& o, std::shared_ptr<const api::Namespace> n) { o.namespaces.push_back(std::move(n)); }

bool IsName(const std::vector<std::string>& names, const std::string& name) {
  return names.empty() || std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

GetWatch::GetWatch(const std::vector<std::string>& args, api::Store& store, const KubectlRules& rules)
    : store_(store), rules_(rules), writer_(TableWriter(rules)) {
  if (api::Status st = Start(args); !st.ok()) err_ += st.message();
}

GetWatch::~GetWatch() {
  if (watching()) store_.StopWatch(watch_id_);
}

// An error's status message is the whole text kubectl prints for it.
api::Status GetWatch::Start(const std::vector<std::string>& args) {
  auto fail = [](const std::string& text) { return api::Status::BadRequest(text); };
  if (api::Status st = ParseArgs(args, FlagSetOf(rules_), command_); !st.ok()) {
    return fail(fmt::format("error: {}\nSee 'kubectl get --help' for usage.\n", st.message()));
  }
  if (command_.verb != "get" || !(command_.watch || command_.watch_only)) {
    return fail("error: jobsim watches only `get TYPE -w`, `--watch` or `--watch-only`\n");
  }
  if (api::Status st = ResolveSelection(command_.positional, selection_); !st.ok()) {
    return fail("error: " + st.message() + "\n");
  }
  const std::string& format = command_.output;
  if (!format.empty() && format != "wide" && format != "name" && format != "yaml" && format != "json") {
    return fail(fmt::format("error: jobsim's kubectl watches with the table, -o wide, name, yaml or json, not -o {}\n",
                            format));
  }
  selection_.namespace_ = command_.all_namespaces ? "" : command_.namespace_.value_or("default");
  selection_.label_selector = command_.selector;
  selection_.field_selector = command_.field_selector;
  err_ += ShortNameWarning(selection_.type_name, rules_);
  Objects objects;
  if (api::Status st = FetchObjects(store_, selection_, objects); !st.ok()) return fail(ApiErrorText(st, rules_) + "\n");
  if (!objects.not_found.empty()) return fail(ApiErrorText(objects.not_found.front(), rules_) + "\n");
  // Both parse: FetchObjects accepted them.
  api::Selector::Parse(selection_.label_selector, labels_);
  api::FieldSelector::Parse(selection_.field_selector, fields_);
  if (!command_.watch_only) Print(objects, "ADDED");
  switch (selection_.type.kind) {
    case ResourceKind::kPod: Watch<api::Pod>(); break;
    case ResourceKind::kJob: Watch<api::Job>(); break;
    case ResourceKind::kEvent: Watch<api::Event>(); break;
    case ResourceKind::kNode: Watch<api::Node>(); break;
    case ResourceKind::kNamespace: Watch<api::Namespace>(); break;
  }
  return api::Status::Ok();
}

template <class T>
void GetWatch::Watch() {
  watch_id_ = store_.Watch<T>([this](const api::WatchEvent<T>& event) { OnEvent(event); });
}

template <class T>
void GetWatch::OnEvent(const api::WatchEvent<T>& event) {
  const T& object = *event.object;
  if (selection_.type.namespaced && !selection_.namespace_.empty() && object.metadata.namespace_ != selection_.namespace_)
    return;
  if (!IsName(selection_.names, object.metadata.name)) return;
  bool matches = false;
  if (api::Status st = api::MatchesSelectors(object, labels_, fields_, matches); !st.ok() || !matches) return;
  Objects objects;
  objects.kind = selection_.type.kind;
  Put(objects, event.object);
  Print(objects, api::WatchTypeName(event.type));
}

void GetWatch::Print(const Objects& objects, const char* type) {
  if (command_.output == "name") {
    for (size_t i = 0; i < objects.size(); ++i) {
      out_ += NameOutput(selection_.type, objects.name(i), rules_.legacy_layout) + "\n";
    }
    return;
  }
  if (command_.output == "yaml" || command_.output == "json") {
    for (size_t i = 0; i < objects.size(); ++i) {
      const api::Json object = ShownObject(objects, i, ShownManagedFields(command_, rules_));
      out_ += WatchedObjectText({&object, type, !header_printed_}, command_.output, command_.output_watch_events, rules_);
      header_printed_ = true;
    }
    return;
  }
  const TableOptions options{command_.output == "wide", command_.show_labels, command_.all_namespaces,
                             command_.show_all};
  Table table = ObjectsTable(objects, store_.clock().NowUnixMs(), options, rules_);
  if (table.rows.empty() && (header_printed_ || !table.header_without_rows)) return;
  if (command_.output_watch_events) {
    // The EVENT cells come padded to the width of "MODIFIED", so a list of
    // ADDED rows is as wide as the later events (kubectl 1.27 and 1.33, seen).
    table.header.insert(table.header.begin(), fmt::format("{:<8}", "EVENT"));
    for (auto& row : table.rows) row.insert(row.begin(), fmt::format("{:<8}", type));
  }
  // kubectl 1.3's printer made a tab writer per object printed.
  if (rules_.legacy_layout) {
    writer_ = TableWriter(rules_);
    written_ = 0;
  }
  if (!header_printed_) WriteTableRow(writer_, table.header, true, rules_);
  header_printed_ = true;
  for (const auto& row : table.rows) WriteTableRow(writer_, row, false, rules_);
  writer_.Flush();
  out_ += writer_.output().substr(written_);
  written_ = writer_.output().size();
}

}  // namespace jobsim::kubectl
