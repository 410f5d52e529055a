#include "sim/scenario/transcript.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/scenario/time_text.h"

namespace jobsim::scenario {
namespace {

void AppendWithNewline(std::string& out, const std::string& text) {
  out += text;
  if (!text.empty() && text.back() != '\n') out += '\n';
}

// Splits on '\n'; a trailing newline does not make an empty last line.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

void RenderStep(const StepOutput& step, std::string& out) {
  const std::string when = "[t=" + FormatSeconds(step.t_ms) + "] ";
  if (step.verb == "kubectl") {
    out += when + "$ " + step.title + "\n";
    AppendWithNewline(out, step.output);
    return;
  }
  const std::vector<std::string> lines = Lines(step.output);
  if (lines.empty()) out += when + step.title + "\n";
  for (const std::string& line : lines) out += when + step.title + ": " + line + "\n";
}

void RenderFailure(const CheckResult& check, std::string& out) {
  out += fmt::format("FAIL t={} {}: {}\n", FormatSeconds(check.t_ms), check.subject, check.message);
  for (const std::string& line : Lines(check.detail)) out += "    " + line + "\n";
}

// in_attribute: newlines become &#10; so that an attribute keeps them.
std::string XmlEscape(const std::string& s, bool in_attribute = true) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += in_attribute ? "&quot;" : "\""; break;
      case '\n': out += in_attribute ? "&#10;" : "\n"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

// The gates set by hand are part of what it takes to reproduce the run.
std::string HeaderLine(const Report& report) {
  std::string line =
      fmt::format("# scenario {}  kubernetes {}  seed {}", report.scenario, report.kubernetes_version, report.seed);
  if (!report.feature_gates.empty()) line += "  feature-gates " + report.feature_gates;
  return line;
}

std::string SummaryLine(const Report& report) {
  return fmt::format("{} passed, {} failed", report.passed(), report.failed());
}

std::string RenderTextEntry(const ReportEntry& entry) {
  std::string out;
  if (const auto* step = std::get_if<StepOutput>(&entry)) RenderStep(*step, out);
  else if (const auto& check = std::get<CheckResult>(entry); !check.passed) RenderFailure(check, out);
  return out;
}

std::string RenderText(const Report& report) {
  std::string out = HeaderLine(report) + "\n";
  for (const ReportEntry& entry : report.entries) out += RenderTextEntry(entry);
  out += SummaryLine(report) + "\n";
  return out;
}

std::string RenderJson(const Report& report) {
  nlohmann::ordered_json doc;
  doc["scenario"] = report.scenario;
  doc["file"] = report.file;
  doc["kubernetesVersion"] = report.kubernetes_version;
  if (!report.feature_gates.empty()) doc["featureGates"] = report.feature_gates;
  doc["seed"] = report.seed;
  doc["steps"] = nlohmann::ordered_json::array();
  doc["checks"] = nlohmann::ordered_json::array();
  for (const auto& entry : report.entries) {
    if (const auto* step = std::get_if<StepOutput>(&entry)) {
      doc["steps"].push_back({{"t", FormatSeconds(step->t_ms)}, {"tMs", step->t_ms}, {"line", step->location.line},
                              {"verb", step->verb}, {"title", step->title}, {"output", step->output}});
      continue;
    }
    const auto& check = std::get<CheckResult>(entry);
    nlohmann::ordered_json c = {{"t", FormatSeconds(check.t_ms)}, {"tMs", check.t_ms},
                                {"file", check.location.file}, {"line", check.location.line},
                                {"subject", check.subject}, {"passed", check.passed}, {"message", check.message}};
    if (!check.detail.empty()) c["detail"] = check.detail;
    doc["checks"].push_back(std::move(c));
  }
  doc["passed"] = report.passed();
  doc["failed"] = report.failed();
  doc["end"] = FormatSeconds(report.end_ms);
  return doc.dump(2) + "\n";
}

std::string RenderJunit(const Report& report) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  const int total = report.passed() + report.failed();
  out += fmt::format("<testsuites tests=\"{}\" failures=\"{}\">\n", total, report.failed());
  out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">\n", XmlEscape(report.scenario), total,
                     report.failed());
  for (const auto& entry : report.entries) {
    const auto* check = std::get_if<CheckResult>(&entry);
    if (!check) continue;
    const std::string name =
        fmt::format("t={} {} ({})", FormatSeconds(check->t_ms), check->subject, check->location.Prefix());
    out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", XmlEscape(report.scenario), XmlEscape(name));
    if (check->passed) {
      out += "/>\n";
      continue;
    }
    out += fmt::format(">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n", XmlEscape(check->message),
                       XmlEscape(check->detail, /*in_attribute=*/false));
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace jobsim::scenario
