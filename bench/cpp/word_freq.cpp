// word_freq.cpp: bench/programs/word_freq.py in C++: the same generated text (the same LCG
// draws in the same order), counted with std::unordered_map and sorted by (-count, word).
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

const std::vector<std::string> kSyllables = {"ka", "lo", "mi", "ne",  "ru",   "sa",  "to",  "vi",  "an", "el",
                                             "or", "ub", "ix", "qua", "ther", "ing", "pre", "ost", "um", "zy"};

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  // A pseudo-random int in [0, n).
  long next(long n) {
    state_ = (state_ * 1664525 + 1013904223) % 4294967296ULL;
    return static_cast<long>((state_ >> 8) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

std::vector<std::string> make_vocabulary(Random& rng, size_t size) {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  while (words.size() < size) {
    std::string word;
    for (long k = 1 + rng.next(4); k > 0; --k) word += kSyllables[rng.next(static_cast<long>(kSyllables.size()))];
    if (seen.insert(word).second) words.push_back(word);
  }
  return words;
}

std::string make_text(long n) {
  Random rng(12345);
  std::vector<std::string> vocabulary = make_vocabulary(rng, 5000);
  const long vsize = static_cast<long>(vocabulary.size());
  std::string text, line;
  long in_line = 0;
  for (long i = 0; i < n; ++i) {
    std::string word = vocabulary[rng.next(rng.next(vsize) + 1)];
    long r = rng.next(20);
    if (r == 0) {
      for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if (r < 4) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    r = rng.next(12);
    if (r == 0)
      word += ',';
    else if (r == 1)
      word += '.';
    if (in_line > 0) line += ' ';
    line += word;
    ++in_line;
    if (in_line >= 8 + rng.next(8)) {
      text += line;
      text += '\n';
      line.clear();
      in_line = 0;
    }
  }
  text += line;
  return text;
}

std::unordered_map<std::string, long> count_words(const std::string& text) {
  std::unordered_map<std::string, long> counts;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < n && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view token(text.data() + start, i - start);
    while (!token.empty() && (token.front() == '.' || token.front() == ',')) token.remove_prefix(1);
    while (!token.empty() && (token.back() == '.' || token.back() == ',')) token.remove_suffix(1);
    if (token.empty()) continue;
    std::string word(token);
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ++counts[word];
  }
  return counts;
}

}  // namespace

int main(int argc, char** argv) {
  long n = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 10000;
  std::string text = make_text(n);
  auto counts = count_words(text);
  std::vector<std::pair<std::string, long>> ranked(counts.begin(), counts.end());
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
  long checksum = 0;
  for (const auto& [word, count] : ranked) {
    for (char c : word) checksum = (checksum * 31 + static_cast<unsigned char>(c)) % 1000000007;
    checksum = (checksum * 31 + count) % 1000000007;
  }
  std::printf("%ld words, %zu distinct, checksum %ld\n", n, counts.size(), checksum);
  std::string top;
  for (size_t i = 0; i < ranked.size() && i < 10; ++i) {
    if (i) top += ", ";
    top += ranked[i].first + "=" + std::to_string(ranked[i].second);
  }
  std::printf("%s\n", top.c_str());
  return 0;
}
