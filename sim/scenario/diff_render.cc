#include "sim/scenario/diff_render.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/scenario/time_text.h"

namespace jobsim::scenario {
namespace {

using OrderedJson = nlohmann::ordered_json;

constexpr const char* kIndent = "  ";  // continuation lines of a wrapped text

const char* DetailText(Detail detail) {
  switch (detail) {
    case Detail::kJobs:
      return "Compared: Jobs and the Events about them (--detail pods adds Pods; all, the Events about Pods).";
    case Detail::kPods: return "Compared: Jobs, Pods and Events, but not the Events about Pods (--detail all).";
    case Detail::kAll: break;
  }
  return "Compared: Jobs, Pods and all Events.";
}

std::string Label(const char* side, const RunTimeline& run) { return fmt::format("{} ({})", side, run.version); }

const TimelineEntry& EntryOf(const VersionDiff& d, const DiffCell& cell, bool side_a) {
  return (side_a ? d.a.entries : d.b.entries)[cell.entry];
}

std::string CellText(const VersionDiff& d, const DiffCell& cell, bool side_a) {
  const TimelineEntry& e = EntryOf(d, cell, side_a);
  std::string text = e.subject + " " + e.what;
  if (cell.other_ms) text += fmt::format(" ({} at {})", side_a ? "B" : "A", FormatSeconds(*cell.other_ms));
  return text;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c != ' ' && c != '\n') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Lines of at most width characters, broken at spaces; continuation lines
// start with kIndent; a word longer than a line is cut.
std::vector<std::string> Wrap(const std::string& text, size_t width) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;  // where the current line's words begin (after the indent)
  auto next_line = [&] {
    lines.push_back(line);
    line = kIndent;
    start = line.size();
  };
  for (std::string word : Words(text)) {
    if (line.size() > start && line.size() + 1 + word.size() > width) next_line();
    if (line.size() > start) line += ' ';
    while (line.size() + word.size() > width) {
      const size_t room = width - line.size();
      line += word.substr(0, room);
      word.erase(0, room);
      next_line();
    }
    line += word;
  }
  lines.push_back(line);
  return lines;
}

std::string RightTrimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// The rows and summary of the text rendering, into out.
class TextWriter {
 public:
  TextWriter(const VersionDiff& d, const DiffLayout& layout) : d_(d), layout_(layout) {
    width_ = static_cast<size_t>(std::max(layout.width, kMinDiffWidth));
    time_width_ = 1;
    for (const DiffRow& row : d.diff.rows) time_width_ = std::max(time_width_, FormatSeconds(row.t_ms).size());
    column_ = (width_ - time_width_ - 6) / 2;
  }

  std::string Render() {
    Header();
    Rows();
    Summary();
    return out_;
  }

 private:
  void Paragraph(const std::string& text, const std::string& indent = "") {
    for (const std::string& line : Wrap(text, width_ - indent.size())) out_ += RightTrimmed(indent + line) + "\n";
  }

  void Header() {
    Paragraph(fmt::format("jobsim diff: scenario {} ({}), seed {}", d_.scenario, d_.file, d_.a.seed));
    for (const auto& [side, run] : {std::pair{"A", &d_.a}, std::pair{"B", &d_.b}}) {
      Paragraph(fmt::format("{}: Kubernetes {}, run to t={}", side, run->version, FormatSeconds(run->end_ms)));
    }
    Paragraph(DetailText(d_.detail));
    Paragraph("\"=\": both versions have the entry at t. \"|\": what each version has at t that the other has not "
              "then; \"(B at 11.5s)\": the other version has that entry at another time.");
    out_ += "\n";
    out_ += RightTrimmed(Padded(std::string(time_width_ - 1, ' ') + "t", Label("A", d_.a), Label("B", d_.b)) + "\n");
    out_ += std::string(time_width_ + 1, '-') + "+" + std::string(column_ + 2, '-') + "+" +
            std::string(width_ - time_width_ - column_ - 5, '-') + "\n";
  }

  std::string Padded(const std::string& time, const std::string& a, const std::string& b) const {
    return fmt::format("{:>{}} | {:<{}} | {}", time, time_width_, a, column_, b);
  }

  // Runs of identical rows keep `context` rows next to a divergence; the rest are counted on one line.
  void Rows() {
    const std::vector<DiffRow>& rows = d_.diff.rows;
    const size_t context = static_cast<size_t>(std::max(layout_.context, 0));
    size_t i = 0;
    while (i < rows.size()) {
      if (!rows[i].same) {
        Divergent(rows[i++]);
        continue;
      }
      size_t end = i;
      while (end < rows.size() && rows[end].same) ++end;
      const size_t head = i > 0 ? context : 0;
      const size_t tail = end < rows.size() ? context : 0;
      if (end - i <= head + tail + 1) {
        for (; i < end; ++i) Same(rows[i]);
        continue;
      }
      for (size_t k = i; k < i + head; ++k) Same(rows[k]);
      Collapsed(end - tail - (i + head), rows[i + head].t_ms, rows[end - tail - 1].t_ms);
      for (size_t k = end - tail; k < end; ++k) Same(rows[k]);
      i = end;
    }
  }

  void Same(const DiffRow& row) { SpanningLine(FormatSeconds(row.t_ms), CellText(d_, *row.a, true)); }

  void Collapsed(size_t n, ElapsedMs from, ElapsedMs to) {
    const std::string when = from == to ? "t=" + FormatSeconds(from)
                                        : fmt::format("t={} to {}", FormatSeconds(from), FormatSeconds(to));
    SpanningLine("", fmt::format("... {} identical entries, {}", n, when));
  }

  void SpanningLine(const std::string& time, const std::string& text) {
    const std::vector<std::string> lines = Wrap(text, width_ - time_width_ - 3);
    for (size_t k = 0; k < lines.size(); ++k) {
      out_ += RightTrimmed(fmt::format("{:>{}} {} {}", k == 0 ? time : "", time_width_, k == 0 ? '=' : ' ', lines[k])) +
              "\n";
    }
  }

  void Divergent(const DiffRow& row) {
    const std::vector<std::string> a = row.a ? Wrap(CellText(d_, *row.a, true), column_) : std::vector<std::string>{};
    const std::vector<std::string> b = row.b ? Wrap(CellText(d_, *row.b, false), column_) : std::vector<std::string>{};
    for (size_t k = 0; k < std::max({a.size(), b.size(), size_t{1}}); ++k) {
      out_ += RightTrimmed(Padded(k == 0 ? FormatSeconds(row.t_ms) : "", k < a.size() ? a[k] : "",
                                  k < b.size() ? b[k] : "")) +
              "\n";
    }
  }

  void Summary() {
    const TimelineDiff& diff = d_.diff;
    out_ += "\nSummary\n";
    if (diff.identical()) {
      Paragraph(fmt::format("No divergence: both timelines have the same {} entries at the same times.",
                            d_.a.entries.size()),
                kIndent);
    } else {
      FirstDivergence(diff.rows[*diff.first_divergence]);
    }
    const size_t paired = diff.same + diff.shifted;
    Paragraph(fmt::format("Entries: A {}, B {}; {} the same, {} at other times, {} only in A, {} only in B.",
                          d_.a.entries.size(), d_.b.entries.size(), diff.same, diff.shifted,
                          d_.a.entries.size() - paired, d_.b.entries.size() - paired),
              kIndent);
    Jobs();
    Paragraph(fmt::format("Event reasons only in {}: {}", Label("A", d_.a), Listed(d_.reasons_only_a)), kIndent);
    Paragraph(fmt::format("Event reasons only in {}: {}", Label("B", d_.b), Listed(d_.reasons_only_b)), kIndent);
    Paragraph(fmt::format("Scenario checks: A {} passed, {} failed; B {} passed, {} failed.", d_.a.checks_passed,
                          d_.a.checks_failed, d_.b.checks_passed, d_.b.checks_failed),
              kIndent);
  }

  void FirstDivergence(const DiffRow& row) {
    Paragraph("First divergence at t=" + FormatSeconds(row.t_ms) + ":", kIndent);
    Paragraph("A: " + (row.a ? CellText(d_, *row.a, true) : "-"), "    ");
    Paragraph("B: " + (row.b ? CellText(d_, *row.b, false) : "-"), "    ");
  }

  void Jobs() {
    std::set<std::string> subjects;
    for (const auto& [subject, outcome] : d_.a.jobs) subjects.insert(subject);
    for (const auto& [subject, outcome] : d_.b.jobs) subjects.insert(subject);
    for (const std::string& subject : subjects) {
      const auto in_a = d_.a.jobs.find(subject);
      const auto in_b = d_.b.jobs.find(subject);
      auto pods = [](const auto& it, const auto& jobs) { return it == jobs.end() ? 0 : it->second.pods_created; };
      Paragraph(fmt::format("{}, pods created: A {}, B {}", subject, pods(in_a, d_.a.jobs), pods(in_b, d_.b.jobs)),
                kIndent);
      Paragraph(Label("A", d_.a) + ": " + (in_a == d_.a.jobs.end() ? "never created" : in_a->second.status), "    ");
      Paragraph(Label("B", d_.b) + ": " + (in_b == d_.b.jobs.end() ? "never created" : in_b->second.status), "    ");
    }
  }

  static std::string Listed(const std::vector<std::string>& reasons) {
    return reasons.empty() ? "none" : fmt::format("{}", fmt::join(reasons, ", "));
  }

  const VersionDiff& d_;
  DiffLayout layout_;
  size_t width_ = 0;
  size_t time_width_ = 0;
  size_t column_ = 0;
  std::string out_;
};

OrderedJson CellJson(const VersionDiff& d, const std::optional<DiffCell>& cell, bool side_a) {
  if (!cell) return nullptr;
  const TimelineEntry& e = EntryOf(d, *cell, side_a);
  OrderedJson j;
  j["subject"] = e.subject;
  j["what"] = e.what;
  if (!e.reason.empty()) j["reason"] = e.reason;
  if (cell->other_ms) j["otherMs"] = *cell->other_ms;
  return j;
}

// A row both have: {tMs, same: true, entry}; else {tMs, same: false, a, b}, a missing side null.
OrderedJson RowJson(const VersionDiff& d, const DiffRow& row) {
  OrderedJson j;
  j["tMs"] = row.t_ms;
  j["same"] = row.same;
  if (row.same) {
    j["entry"] = CellJson(d, row.a, true);
  } else {
    j["a"] = CellJson(d, row.a, true);
    j["b"] = CellJson(d, row.b, false);
  }
  return j;
}

OrderedJson RunJson(const RunTimeline& run) {
  OrderedJson j;
  j["kubernetesVersion"] = run.version;
  j["endMs"] = run.end_ms;
  j["entries"] = run.entries.size();
  j["checks"] = {{"passed", run.checks_passed}, {"failed", run.checks_failed}};
  j["jobs"] = OrderedJson::object();
  for (const auto& [subject, outcome] : run.jobs) {
    j["jobs"][subject] = {{"status", outcome.status}, {"podsCreated", outcome.pods_created}};
  }
  return j;
}

}  // namespace

std::string RenderDiffText(const VersionDiff& diff, const DiffLayout& layout) {
  return TextWriter(diff, layout).Render();
}

std::string RenderDiffJson(const VersionDiff& diff) {
  OrderedJson doc;
  doc["scenario"] = diff.scenario;
  doc["file"] = diff.file;
  doc["seed"] = diff.a.seed;
  doc["detail"] = DetailName(diff.detail);
  doc["a"] = RunJson(diff.a);
  doc["b"] = RunJson(diff.b);
  doc["identical"] = diff.diff.identical();
  doc["firstDivergence"] =
      diff.diff.first_divergence ? RowJson(diff, diff.diff.rows[*diff.diff.first_divergence]) : OrderedJson(nullptr);
  doc["same"] = diff.diff.same;
  doc["shifted"] = diff.diff.shifted;
  doc["reasonsOnlyInA"] = diff.reasons_only_a;
  doc["reasonsOnlyInB"] = diff.reasons_only_b;
  doc["rows"] = OrderedJson::array();
  for (const DiffRow& row : diff.diff.rows) doc["rows"].push_back(RowJson(diff, row));
  return doc.dump(2) + "\n";
}

}  // namespace jobsim::scenario
