#include "tools/cli/extract_runner.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace nf::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Job {
  size_t seq = 0;
  Article article;
};

struct Done {
  Article article;
  std::optional<ArticleResult> result;  // empty when extraction failed
  std::string error;
};

// Shared state of one run; every member below `mu` is guarded by it.
struct State {
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Job> todo;         // read, not yet taken by a worker
  std::map<size_t, Done> done;  // extracted, waiting for their turn at the sink
  size_t in_flight = 0;         // read and not yet consumed by the sink
  size_t next_to_write = 0;
  size_t articles_read = 0;
  bool reading_done = false;
  std::exception_ptr sink_error;
};

std::mutex stderr_mu;  // problem lines and the progress line share stderr

// Articles a worker takes at once (as many as are waiting, up to this): Extractor::extract_batch
// runs the rules over all their sentences rule by rule, which is faster on new text than
// article by article (tools/bench/README.md).
constexpr size_t kBatch = 32;

// Extracts a batch: with extract_batch, or, when that throws, article by article from copies
// of the articles as they were read, so that only the failing article fails, with its error.
std::vector<Done> extract_jobs(const Extractor& extractor, std::vector<Job>& batch, const ExtractOptions& options) {
  std::vector<Done> done(batch.size());
  if (batch.size() > 1) {
    std::vector<Article> copies;
    std::vector<Article*> articles;
    for (Job& job : batch) {
      copies.push_back(job.article);
      articles.push_back(&job.article);
    }
    try {
      std::vector<ArticleResult> results = extractor.extract_batch(articles, options);
      for (size_t i = 0; i < batch.size(); ++i) {
        done[i].result = std::move(results[i]);
        done[i].article = std::move(batch[i].article);
      }
      return done;
    } catch (const std::exception&) {
      for (size_t i = 0; i < batch.size(); ++i) batch[i].article = std::move(copies[i]);
    }
  }
  for (size_t i = 0; i < batch.size(); ++i) {
    try {
      done[i].result = extractor.extract(batch[i].article, options);
    } catch (const std::exception& e) {
      done[i].error = e.what();
    }
    done[i].article = std::move(batch[i].article);
  }
  return done;
}

void report(const char* tag, const InputProblem& p, bool clear_progress) {
  std::lock_guard<std::mutex> lock(stderr_mu);
  if (clear_progress) std::fputs("\r\033[K", stderr);
  if (p.line > 0) std::fprintf(stderr, "newsfacts extract: %s%s:%d: %s\n", tag, p.source.c_str(), p.line, p.reason.c_str());
  else std::fprintf(stderr, "newsfacts extract: %s%s: %s\n", tag, p.source.c_str(), p.reason.c_str());
}

void progress_line(const RunStats& st, size_t total_bytes, double seconds) {
  double mb = st.bytes / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  std::lock_guard<std::mutex> lock(stderr_mu);
  std::fprintf(stderr, "\r\033[K%zu articles, %.1f MB, %.1f MB/s", st.articles_done, mb, rate);
  // The ETA compares input with input (HTML and feeds hold much more markup than text). It
  // waits for 2% of the input or 30 s: the first articles carry the warm-up (regex states,
  // a worker's first batch) and would promise a run many times too long.
  const bool settled = st.input_bytes * 50 >= total_bytes || seconds >= 30;
  if (total_bytes > 0 && st.input_bytes > 0 && st.input_bytes < total_bytes && seconds > 0 && settled)
    std::fprintf(stderr, ", ETA %.0f s", (total_bytes - st.input_bytes) * seconds / st.input_bytes);
  std::fflush(stderr);
}

}  // namespace

RunStats run_extraction(const Extractor& extractor, const std::vector<std::string>& paths,
                        const RunOptions& options, Sink& sink) {
  const unsigned jobs = options.jobs > 0 ? options.jobs : 1;
  const size_t max_in_flight = options.max_in_flight > 0 ? options.max_in_flight : (kBatch + 4) * jobs + 4;
  const bool progress = options.progress && isatty(2);
  const auto started = Clock::now();

  State s;
  RunStats st;
  std::mutex stats_mu;  // failures/warnings come from the reader and the writer

  auto worker = [&]() {
    std::vector<Job> batch;
    for (;;) {
      batch.clear();
      {
        std::unique_lock<std::mutex> lock(s.mu);
        s.cv.wait(lock, [&] { return !s.todo.empty() || s.reading_done; });
        if (s.todo.empty()) return;
        while (!s.todo.empty() && batch.size() < kBatch) {
          batch.push_back(std::move(s.todo.front()));
          s.todo.pop_front();
        }
      }
      std::vector<Done> done = extract_jobs(extractor, batch, options.extract);
      {
        std::lock_guard<std::mutex> lock(s.mu);
        for (size_t i = 0; i < batch.size(); ++i) s.done.emplace(batch[i].seq, std::move(done[i]));
      }
      s.cv.notify_all();
    }
  };

  auto writer = [&]() {
    auto last_progress = Clock::now();
    for (;;) {
      Done d;
      {
        std::unique_lock<std::mutex> lock(s.mu);
        s.cv.wait(lock, [&] {
          return s.done.count(s.next_to_write) || (s.reading_done && s.next_to_write == s.articles_read);
        });
        auto it = s.done.find(s.next_to_write);
        if (it == s.done.end()) return;
        d = std::move(it->second);
        s.done.erase(it);
      }
      if (d.result) {
        try {
          sink.consume(d.article, *d.result);
        } catch (...) {
          std::lock_guard<std::mutex> lock(s.mu);
          s.sink_error = std::current_exception();
          s.reading_done = true;
          s.cv.notify_all();
          return;
        }
        std::lock_guard<std::mutex> lock(stats_mu);
        ++st.articles_done;
        st.bytes += d.article.body.size();
        st.input_bytes += d.article.input_bytes;
      } else {
        report("", InputProblem{d.article.source, 0, "extraction failed: " + d.error, true}, progress);
        std::lock_guard<std::mutex> lock(stats_mu);
        ++st.failures;
      }
      bool burst;  // the next article is done too (the rest of a worker's batch): count it first
      {
        std::lock_guard<std::mutex> lock(s.mu);
        ++s.next_to_write;
        --s.in_flight;
        burst = s.done.count(s.next_to_write) > 0;
      }
      s.cv.notify_all();
      if (progress && !burst && Clock::now() - last_progress > std::chrono::milliseconds(200)) {
        last_progress = Clock::now();
        std::lock_guard<std::mutex> lock(stats_mu);
        progress_line(st, options.total_bytes, std::chrono::duration<double>(last_progress - started).count());
      }
    }
  };

  std::vector<std::thread> threads;
  for (unsigned i = 0; i < jobs; ++i) threads.emplace_back(worker);
  std::thread writer_thread(writer);

  struct Stop {};  // thrown out of the reader's callback when the sink failed
  try {
    read_inputs(
        paths, options.read,
        [&](Article&& a) {
          std::unique_lock<std::mutex> lock(s.mu);
          s.cv.wait(lock, [&] { return s.in_flight < max_in_flight || s.sink_error; });
          if (s.sink_error) throw Stop{};
          s.todo.push_back(Job{s.articles_read++, std::move(a)});
          ++s.in_flight;
          lock.unlock();
          s.cv.notify_all();
        },
        [&](const InputProblem& p) {
          report(p.fatal ? "" : "warning: ", p, progress);
          std::lock_guard<std::mutex> lock(stats_mu);
          if (p.fatal) ++st.failures;
          else ++st.warnings;
        });
  } catch (const Stop&) {
  } catch (const std::exception& e) {
    // Ingest itself failed: report it, then let the threads finish what was read.
    report("", InputProblem{"input", 0, e.what(), true}, progress);
    std::lock_guard<std::mutex> lock(stats_mu);
    ++st.failures;
  }
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.reading_done = true;
  }
  s.cv.notify_all();
  for (std::thread& t : threads) t.join();
  writer_thread.join();
  if (s.sink_error) std::rethrow_exception(s.sink_error);
  sink.finish();

  if (progress) {
    std::lock_guard<std::mutex> lock(stderr_mu);
    std::fputs("\r\033[K", stderr);
  }
  st.articles_read = s.articles_read;
  st.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  return st;
}

}  // namespace nf::cli
