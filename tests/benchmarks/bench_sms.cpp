// The SMS analysis is a hot path: every keystroke in every message field,
// and batch checks over many messages. scripts/bench-sms runs this next to
// the JavaScript counters on the same corpus (see README, "Benchmarks").
//
//   bench_sms [google benchmark options]
//   bench_sms --write-corpus FILE.jsonl --write-text FILE.txt
//       writes the message mix (one JSON string literal per line) and the
//       10 MB GSM-7 text used below, so other programs measure the same input.
//   bench_sms --write-batch FILE.jsonl
//       writes 200,000 messages of the same mix (the first 100,000 are the
//       corpus) for the end-to-end run of `shortcode-audit sms --jsonl`.
#include "sms/SmsAnalysis.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstring>

// Wall-clock time (UseRealTime), like the JavaScript side measures.

using namespace Qt::StringLiterals;

namespace {

// splitmix64: the same sequence on every machine and compiler.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

const QList<QString> &asciiPieces()
{
    static const QList<QString> pieces {
            u"Your ACME code is 482913. "_s,
            u"Reply STOP to end, HELP for help. "_s,
            u"Msg&data rates may apply. "_s,
            u"ACME Pharmacy: your order #5521 is ready for pickup at 5th Ave. "_s,
            u"Flash sale! 20% off everything today only: acme.example/s "_s,
            u"Reminder: appointment tomorrow at 10:30 with Dr. Smith. "_s,
            u"Thanks for joining ACME Alerts (4 msgs/month).\n"_s,
    };
    return pieces;
}

const QList<QString> &extensionPieces()
{
    static const QList<QString> pieces {
            u"Use code {SAVE20} at checkout. "_s,
            u"Total: \u20AC42.50 [incl. VAT] "_s,
            u"Press ~ or | to skip ^_^ "_s,
            u"Folder: C:\\acme\\orders "_s,
    };
    return pieces;
}

const QList<QString> &europeanPieces()
{
    static const QList<QString> pieces {
            u"Gr\u00FC\u00DFe aus M\u00FCnchen! "_s,
            u"\u00C5sa \u00D8berg: \u00A35 f\u00F6r caf\u00E9. "_s,
            u"\u00BFA qu\u00E9 hora? Se\u00F1or Mu\u00F1oz. "_s,
    };
    return pieces;
}

const QList<QString> &typographicPieces()
{
    static const QList<QString> pieces {
            u"It\u2019s here \u2014 don\u2019t miss it\u2026 "_s,
            u"\u201CLimited\u201D offer, ends Sunday. "_s,
            u"\u00C7a va? Bient\u00F4t! "_s,
    };
    return pieces;
}

const QList<QString> &japanesePieces()
{
    static const QList<QString> pieces {
            u"\u3054\u6CE8\u6587\u306E\u5546\u54C1\u3092\u767A\u9001\u3057\u307E\u3057\u305F\u3002"_s,
            u"\u3010ACME\u3011\u8A8D\u8A3C\u30B3\u30FC\u30C9\u306F 482913 \u3067\u3059\u3002"_s,
            u"\u914D\u4FE1\u505C\u6B62\u306FSTOP\u3068\u8FD4\u4FE1\u3057\u3066\u304F\u3060\u3055\u3044\u3002"_s,
            u"\u660E\u65E510\u6642\u306E\u3054\u4E88\u7D04\u3092\u78BA\u8A8D\u3057\u307E\u3057\u305F\u3002"_s,
    };
    return pieces;
}

const QList<QString> &emojiPieces()
{
    static const QList<QString> pieces {
            u"\U0001F389 "_s,
            u"\U0001F44D"_s,
            u"\u2764\uFE0F "_s,
            u"\U0001F1EF\U0001F1F5"_s,
            u"\U0001F468\u200D\U0001F469\u200D\U0001F467 "_s,
    };
    return pieces;
}

// The realistic mix: half plain ASCII, the rest with extension characters,
// European GSM-7 letters, typographic punctuation, Japanese or emoji; one to
// six pieces each (about 30 to 350 characters).
QList<QString> makeCorpus(int count)
{
    Random random(20240611);
    QList<QString> corpus;
    corpus.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int kind = random.below(100);
        const QList<QString> &extra = kind < 50 ? asciiPieces()
                : kind < 65                     ? extensionPieces()
                : kind < 75                     ? europeanPieces()
                : kind < 85                     ? typographicPieces()
                : kind < 95                     ? japanesePieces()
                                                : emojiPieces();
        QString message;
        const int pieces = 1 + random.below(6);
        for (int p = 0; p < pieces; ++p) {
            const QList<QString> &from = random.below(2) ? extra : asciiPieces();
            message += from.at(random.below(int(from.size())));
        }
        corpus.append(message);
    }
    return corpus;
}

// The batch for shortcode-audit sms --jsonl.
constexpr int kBatchSize = 200000;

const QList<QString> &corpus()
{
    static const QList<QString> messages = makeCorpus(100000);
    return messages;
}

qint64 utf8Size(const QList<QString> &messages)
{
    qint64 bytes = 0;
    for (const QString &message : messages)
        bytes += message.toUtf8().size();
    return bytes;
}

// One text of at least 10 MB (UTF-8) from the given pieces.
QString bigText(const QList<QString> &pieces)
{
    Random random(7);
    QString text;
    qint64 bytes = 0;
    while (bytes < 10'000'000) {
        const QString &piece = pieces.at(random.below(int(pieces.size())));
        text += piece;
        bytes += piece.toUtf8().size();
    }
    return text;
}

const QString &gsmText()
{
    static const QString text = bigText(asciiPieces() + extensionPieces());
    return text;
}
const QString &europeanText()
{
    static const QString text = bigText(asciiPieces() + europeanPieces());
    return text;
}
const QString &japaneseText()
{
    static const QString text = bigText(japanesePieces());
    return text;
}

template<typename Function> void overCorpus(benchmark::State &state, Function function)
{
    const QList<QString> &messages = corpus();
    for (auto _ : state) {
        for (const QString &message : messages)
            benchmark::DoNotOptimize(function(message));
    }
    state.SetItemsProcessed(state.iterations() * messages.size());
    static const qint64 bytes = utf8Size(messages);
    state.SetBytesProcessed(state.iterations() * bytes);
}

template<typename Function> void overText(benchmark::State &state, const QString &text, Function function)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(function(text));
    state.SetBytesProcessed(state.iterations() * text.toUtf8().size());
}

void BM_CountMix(benchmark::State &state)
{
    overCorpus(state, [](const QString &m) { return scs::sms::count(m); });
}
void BM_AnalyzeMix(benchmark::State &state)
{
    overCorpus(state, [](const QString &m) { return scs::sms::analyze(m); });
}
void BM_ReplaceNonGsmMix(benchmark::State &state)
{
    overCorpus(state, [](const QString &m) { return scs::sms::replaceNonGsm(m); });
}
void BM_CountGsm7Text10MB(benchmark::State &state)
{
    overText(state, gsmText(), [](const QString &t) { return scs::sms::count(t); });
}
void BM_CountGsm7EuropeanText10MB(benchmark::State &state)
{
    overText(state, europeanText(), [](const QString &t) { return scs::sms::count(t); });
}
void BM_CountJapaneseText10MB(benchmark::State &state)
{
    overText(state, japaneseText(), [](const QString &t) { return scs::sms::count(t); });
}
void BM_AnalyzeGsm7Text10MB(benchmark::State &state)
{
    overText(state, gsmText(), [](const QString &t) { return scs::sms::analyze(t); });
}

BENCHMARK(BM_CountMix)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AnalyzeMix)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReplaceNonGsmMix)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CountGsm7Text10MB)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CountGsm7EuropeanText10MB)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_CountJapaneseText10MB)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK(BM_AnalyzeGsm7Text10MB)->Unit(benchmark::kMillisecond)->UseRealTime();

QByteArray jsonLiteral(const QString &text)
{
    QString json = u"\""_s;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            json += u'\\' + QString(c);
        else if (c.unicode() < 0x20)
            json += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            json += c;
    }
    json += u'"';
    return json.toUtf8();
}

// One JSON string literal per line, as `shortcode-audit sms --jsonl` reads.
QByteArray jsonLines(const QList<QString> &messages)
{
    QByteArray lines;
    for (const QString &message : messages)
        lines += jsonLiteral(message) + '\n';
    return lines;
}

bool writeFile(const char *path, const QByteArray &data)
{
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && std::strcmp(argv[1], "--write-corpus") == 0
        && std::strcmp(argv[3], "--write-text") == 0) {
        return writeFile(argv[2], jsonLines(corpus())) && writeFile(argv[4], gsmText().toUtf8()) ? 0 : 1;
    }
    if (argc == 3 && std::strcmp(argv[1], "--write-batch") == 0)
        return writeFile(argv[2], jsonLines(makeCorpus(kBatchSize))) ? 0 : 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
