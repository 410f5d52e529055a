// A faithful port of Go's text/tabwriter (the elastic-tabstops filter every
// kubectl table and describe goes through), plus the RememberWidths flag of
// github.com/liggitt/tabwriter that modern `kubectl get` uses.
//
// Text is a stream of cells terminated by '\t' (or '\v'); '\n' and '\f' end
// lines. A column block is a run of consecutive lines that all have a cell in
// that column; every cell of a block is padded to the block's widest cell plus
// `padding` (at least `minwidth`). The last cell of a line is not part of a
// column and is never padded. A line with a single cell flushes the writer,
// which is why a label line without a tab ends every block above it.
//
// With padchar '\t' the padding is written as tabs, each assumed `tabwidth`
// wide (kubectl 1.3 describe used that: Init(0, 8, 1, '\t', 0)).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobsim::kubectl {

class TabWriter {
 public:
  // text/tabwriter flags, same bits as Go.
  static constexpr unsigned kFilterHtml = 1u << 0;
  static constexpr unsigned kStripEscape = 1u << 1;
  static constexpr unsigned kAlignRight = 1u << 2;
  static constexpr unsigned kDiscardEmptyColumns = 1u << 3;
  static constexpr unsigned kTabIndent = 1u << 4;
  static constexpr unsigned kDebug = 1u << 5;
  // liggitt/tabwriter: column widths survive Flush (kubectl get, cli-runtime).
  static constexpr unsigned kRememberWidths = 1u << 6;
  // Bracketing text with this byte makes tabs and newlines inside it plain text.
  static constexpr char kEscape = '\xff';

  // REQUIRES: minwidth, tabwidth, padding >= 0.
  TabWriter(int minwidth, int tabwidth, int padding, char padchar, unsigned flags);

  void Write(std::string_view text);
  // Formats and emits everything buffered; must be called after the last Write.
  void Flush();
  // What has been emitted so far (complete only after Flush).
  const std::string& output() const { return output_; }

 private:
  struct Cell {
    int size = 0;   // bytes
    int width = 0;  // runes
    bool htab = false;
  };

  void Reset();
  void AddLine();
  void Append(std::string_view text);
  void UpdateWidth();
  void StartEscape(char ch);
  void EndEscape();
  int TerminateCell(bool htab);
  void WritePadding(int textw, int cellw, bool use_tabs);
  size_t WriteLines(size_t pos, size_t line0, size_t line1);
  size_t Format(size_t pos, size_t line0, size_t line1);
  int RememberedWidth(int width);

  // configuration
  int minwidth_;
  int tabwidth_;
  int padding_;
  char padchar_;
  unsigned flags_;

  // state
  std::string buf_;  // text without tabs and line breaks
  size_t pos_ = 0;   // position up to which cell_.width is computed
  Cell cell_;        // the incomplete cell at the end
  char end_char_ = 0;
  std::vector<std::vector<Cell>> lines_;
  std::vector<int> widths_;
  std::vector<int> max_widths_;  // kRememberWidths
  std::string output_;
};

// Go's utf8.RuneCount: each invalid byte counts as one rune.
int RuneCount(std::string_view text);

}  // namespace jobsim::kubectl
