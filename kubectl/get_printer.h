// The human-readable `kubectl get` tables: the columns of each kind in the
// era's layout (1.3 resource_printer.go, or the server-side Table of
// pkg/printers/internalversion/printers.go that modern kubectl renders),
// and the rendering through the tab writer.
//
// Pure: objects, options and `now` in, text out.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "fakeapi/types.h"
#include "kubectl/object_source.h"
#include "kubectl/rules.h"
#include "kubectl/tabwriter.h"

namespace jobsim::kubectl {

struct TableOptions {
  bool wide = false;
  bool show_labels = false;
  bool with_namespace = false;  // -A
  bool show_all = false;        // -a (1.3: show Succeeded/Failed pods)
};

// Header and rows of one kind, before rendering.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // 1.3 printed the header as soon as it was handed an object, even when every
  // row was then hidden (finished pods without -a); modern prints no header
  // without rows.
  bool header_without_rows = false;
};

Table PodTable(const std::vector<std::shared_ptr<const api::Pod>>& pods, UnixMs now, const TableOptions& options,
               const KubectlRules& rules);
Table JobTable(const std::vector<std::shared_ptr<const api::Job>>& jobs, UnixMs now, const TableOptions& options,
               const KubectlRules& rules);
Table EventTable(const std::vector<std::shared_ptr<const api::Event>>& events, UnixMs now, const TableOptions& options,
                 const KubectlRules& rules);
Table NodeTable(const std::vector<std::shared_ptr<const api::Node>>& nodes, UnixMs now, const TableOptions& options,
                const KubectlRules& rules);
// kube-apiserver's namespace columns: NAME STATUS AGE (printNamespace).
Table NamespaceTable(const std::vector<std::shared_ptr<const api::Namespace>>& namespaces, UnixMs now,
                     const TableOptions& options, const KubectlRules& rules);

// The table of whichever kind `objects` holds.
Table ObjectsTable(const Objects& objects, UnixMs now, const TableOptions& options, const KubectlRules& rules);

// The tab writer `get` prints tables through (kubectl 1.3: minwidth 10;
// modern: minwidth 6 with remembered widths; both tabwidth 4, padding 3),
// and one row written to it (modern data cells escaped as kubectl does).
TabWriter TableWriter(const KubectlRules& rules);
void WriteTableRow(TabWriter& w, const std::vector<std::string>& cells, bool header, const KubectlRules& rules);

// The tab-aligned text (kubectl 1.3: minwidth 10; modern: minwidth 6 with
// remembered widths; both tabwidth 4, padding 3). Empty when nothing prints.
std::string RenderTable(const Table& table, const KubectlRules& rules);

}  // namespace jobsim::kubectl
