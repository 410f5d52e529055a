#include "server/chunk_pipe.h"

#include <utility>

namespace jobsim::server {

bool ChunkPipe::Write(const std::string& chunk) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closed_ || reader_gone_) return false;
    if (queued_.size() + chunk.size() > max_bytes_) {
      overflowed_ = true;
      closed_ = true;
    } else {
      queued_ += chunk;
    }
  }
  Wake();
  return !overflowed();
}

void ChunkPipe::Close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closed_) return;
    closed_ = true;
  }
  Wake();
}

bool ChunkPipe::reader_gone() const {
  std::lock_guard<std::mutex> lock(mu_);
  return reader_gone_;
}

void ChunkPipe::SetWaker(std::function<void()> wake) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    wake_ = std::move(wake);
  }
  Wake();  // data may have been queued before the reader arrived
}

ChunkPipe::ReadState ChunkPipe::Read(std::string& out) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!queued_.empty()) {
    out = std::move(queued_);
    queued_.clear();
    return ReadState::kData;
  }
  return closed_ ? ReadState::kEnd : ReadState::kEmpty;
}

void ChunkPipe::MarkReaderGone() {
  std::lock_guard<std::mutex> lock(mu_);
  reader_gone_ = true;
  wake_ = nullptr;
  queued_.clear();
}

bool ChunkPipe::overflowed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return overflowed_;
}

void ChunkPipe::Wake() {
  std::function<void()> wake;
  {
    std::lock_guard<std::mutex> lock(mu_);
    wake = wake_;
  }
  if (wake) wake();
}

}  // namespace jobsim::server
