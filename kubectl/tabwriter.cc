// Port of go/src/text/tabwriter/tabwriter.go (and the RememberWidths branch of
// github.com/liggitt/tabwriter format()); the algorithm is the same, the code
// is written for this project.
#include "kubectl/tabwriter.h"

#include <algorithm>

namespace jobsim::kubectl {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if invalid.
size_t ValidSequenceLength(std::string_view text, size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return 0;
  }
  return n;
}

}  // namespace

int RuneCount(std::string_view text) {
  int count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    const size_t n = ValidSequenceLength(text, i);
    i += n == 0 ? 1 : n;
  }
  return count;
}

TabWriter::TabWriter(int minwidth, int tabwidth, int padding, char padchar, unsigned flags)
    : minwidth_(minwidth), tabwidth_(tabwidth), padding_(padding), padchar_(padchar), flags_(flags) {
  // Tab padding enforces left alignment.
  if (padchar_ == '\t') flags_ &= ~kAlignRight;
  Reset();
}

void TabWriter::Reset() {
  buf_.clear();
  pos_ = 0;
  cell_ = Cell{};
  end_char_ = 0;
  lines_.clear();
  widths_.clear();
  AddLine();
}

void TabWriter::AddLine() { lines_.emplace_back(); }

void TabWriter::Append(std::string_view text) {
  buf_.append(text);
  cell_.size += static_cast<int>(text.size());
}

void TabWriter::UpdateWidth() {
  cell_.width += RuneCount(std::string_view(buf_).substr(pos_));
  pos_ = buf_.size();
}

void TabWriter::StartEscape(char ch) {
  if (ch == kEscape) end_char_ = kEscape;
  if (ch == '<') end_char_ = '>';
  if (ch == '&') end_char_ = ';';
}

// An escaped segment counts its runes without the Escape bytes; an HTML tag
// counts zero and an entity one.
void TabWriter::EndEscape() {
  if (end_char_ == kEscape) {
    UpdateWidth();
    if ((flags_ & kStripEscape) == 0) cell_.width -= 2;
  } else if (end_char_ == ';') {
    ++cell_.width;
  }
  pos_ = buf_.size();
  end_char_ = 0;
}

int TabWriter::TerminateCell(bool htab) {
  cell_.htab = htab;
  lines_.back().push_back(cell_);
  cell_ = Cell{};
  return static_cast<int>(lines_.back().size());
}

void TabWriter::WritePadding(int textw, int cellw, bool use_tabs) {
  if (padchar_ == '\t' || use_tabs) {
    if (tabwidth_ == 0) return;  // tabs have no width: no padding possible
    cellw = (cellw + tabwidth_ - 1) / tabwidth_ * tabwidth_;
    const int n = cellw - textw;
    output_.append(static_cast<size_t>((n + tabwidth_ - 1) / tabwidth_), '\t');
    return;
  }
  output_.append(static_cast<size_t>(cellw - textw), padchar_);
}

size_t TabWriter::WriteLines(size_t pos, size_t line0, size_t line1) {
  for (size_t i = line0; i < line1; ++i) {
    const std::vector<Cell>& line = lines_[i];
    bool use_tabs = (flags_ & kTabIndent) != 0;
    for (size_t j = 0; j < line.size(); ++j) {
      const Cell& c = line[j];
      if (j > 0 && (flags_ & kDebug) != 0) output_ += '|';
      const bool has_width = j < widths_.size();
      if (c.size == 0) {
        if (has_width) WritePadding(c.width, widths_[j], use_tabs);
        continue;
      }
      use_tabs = false;
      if ((flags_ & kAlignRight) == 0) {
        output_.append(buf_, pos, static_cast<size_t>(c.size));
        pos += static_cast<size_t>(c.size);
        if (has_width) WritePadding(c.width, widths_[j], false);
      } else {
        if (has_width) WritePadding(c.width, widths_[j], false);
        output_.append(buf_, pos, static_cast<size_t>(c.size));
        pos += static_cast<size_t>(c.size);
      }
    }
    if (i + 1 == lines_.size()) {
      // The last buffered line has no newline yet: emit its pending text.
      output_.append(buf_, pos, static_cast<size_t>(cell_.size));
      pos += static_cast<size_t>(cell_.size);
    } else {
      output_ += '\n';
    }
  }
  return pos;
}

int TabWriter::RememberedWidth(int width) {
  if ((flags_ & kRememberWidths) == 0) return width;
  const size_t column = widths_.size();
  if (max_widths_.size() < column) {
    max_widths_.insert(max_widths_.end(), widths_.begin() + static_cast<long>(max_widths_.size()), widths_.end());
  }
  if (max_widths_.size() == column) {
    max_widths_.push_back(width);
  } else if (max_widths_[column] > width) {
    width = max_widths_[column];
  } else {
    max_widths_[column] = width;
  }
  return width;
}

// Formats lines [line0, line1): finds the column block that starts at the
// first line with a cell in the current column, then recurses rightwards.
size_t TabWriter::Format(size_t pos, size_t line0, size_t line1) {
  const size_t column = widths_.size();
  for (size_t current = line0; current < line1; ++current) {
    if (column + 1 >= lines_[current].size()) continue;
    pos = WriteLines(pos, line0, current);
    line0 = current;
    int width = minwidth_;
    bool discardable = true;
    for (; current < line1; ++current) {
      const std::vector<Cell>& line = lines_[current];
      if (column + 1 >= line.size()) break;
      const Cell& c = line[column];
      width = std::max(width, c.width + padding_);
      if (c.width > 0 || c.htab) discardable = false;
    }
    if (discardable && (flags_ & kDiscardEmptyColumns) != 0) width = 0;
    width = RememberedWidth(width);
    widths_.push_back(width);
    pos = Format(pos, line0, current);
    widths_.pop_back();
    line0 = current;
  }
  return WriteLines(pos, line0, line1);
}

void TabWriter::Flush() {
  if (cell_.size > 0) {
    if (end_char_ != 0) EndEscape();  // an unterminated escape ends here
    TerminateCell(false);
  }
  Format(0, 0, lines_.size());
  Reset();
}

void TabWriter::Write(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (end_char_ == 0) {
      if (ch == '\t' || ch == '\v' || ch == '\n' || ch == '\f') {
        Append(text.substr(n, i - n));
        UpdateWidth();
        n = i + 1;
        const int ncells = TerminateCell(ch == '\t');
        if (ch == '\n' || ch == '\f') {
          AddLine();
          // A one-cell line cannot affect later formatting: flush now.
          if (ch == '\f' || ncells == 1) {
            Flush();
            if (ch == '\f' && (flags_ & kDebug) != 0) output_ += "---\n";
          }
        }
      } else if (ch == kEscape) {
        Append(text.substr(n, i - n));
        UpdateWidth();
        n = i;
        if ((flags_ & kStripEscape) != 0) ++n;
        StartEscape(kEscape);
      } else if ((ch == '<' || ch == '&') && (flags_ & kFilterHtml) != 0) {
        Append(text.substr(n, i - n));
        UpdateWidth();
        n = i;
        StartEscape(ch);
      }
    } else if (ch == end_char_) {
      size_t j = i + 1;
      if (ch == kEscape && (flags_ & kStripEscape) != 0) j = i;
      Append(text.substr(n, j - n));
      n = i + 1;
      EndEscape();
    }
  }
  Append(text.substr(n));
}

}  // namespace jobsim::kubectl
