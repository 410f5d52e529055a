// A bounded, thread-safe pipe of byte chunks from the simulation thread (the
// writer: a watch, a streamed answer) to one connection (the reader). The
// writer never blocks: when the reader falls more than max_bytes behind, the
// pipe closes as overflowed, so a slow or dead client cannot stall the
// simulation or grow its memory.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>

namespace jobsim::server {

class ChunkPipe {
 public:
  enum class ReadState { kData, kEmpty, kEnd };

  explicit ChunkPipe(size_t max_bytes) : max_bytes_(max_bytes) {}
  ChunkPipe(const ChunkPipe&) = delete;
  ChunkPipe& operator=(const ChunkPipe&) = delete;

  // Writer side. Queues a chunk; false when the pipe is closed, or when the
  // chunk does not fit (the pipe is then closed as overflowed).
  bool Write(const std::string& chunk);
  void Close();
  // The reader has gone away; the writer should stop writing.
  bool reader_gone() const;

  // Reader side. wake is called (on the writer's thread) after each Write and
  // on Close; it must only schedule the reader, never call Read itself.
  void SetWaker(std::function<void()> wake);
  // Moves everything queued into out (kData); kEmpty when nothing is queued
  // yet; kEnd once closed and drained.
  ReadState Read(std::string& out);
  void MarkReaderGone();
  bool overflowed() const;

 private:
  void Wake();

  const size_t max_bytes_;
  mutable std::mutex mu_;
  std::string queued_;
  bool closed_ = false;
  bool overflowed_ = false;
  bool reader_gone_ = false;
  std::function<void()> wake_;
};

}  // namespace jobsim::server
