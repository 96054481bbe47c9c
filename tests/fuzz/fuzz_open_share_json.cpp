// Fuzz target: read arbitrary bytes as an open-share JSON wheel and, when they
// parse, write the wheel back out (which must read again) and import it into a
// demo wheel twice (the second time under another URN, reusing its partners)
// inside a transaction that is rolled back. Must never crash, hang or trip a
// sanitizer.
#include "FuzzSupport.h"
#include "demo/DemoWheel.h"
#include "io/OpenShareJson.h"
#include "store/WheelStore.h"

#include <cstdio>
#include <cstdlib>

namespace {

// One demo wheel for the whole run, created once: every import is rolled
// back, so each input sees the same wheel; it lives in memory where it can.
civic::WheelStore& scratchStore()
{
    static std::unique_ptr<civic::WheelStore> store = [] {
        const QString path = civic::fuzz::memoryFolder() + QStringLiteral("/open-share.wheel");
        auto created = civic::WheelStore::createWith(path, [](civic::WheelStore& s) {
            return civic::DemoWheel::seed(s, QDate(2026, 1, 15));
        });
        if (!created) {
            std::fprintf(stderr, "fuzz_open_share_json: %s\n",
                         qPrintable(created.error().fullText()));
            std::abort();
        }
        return std::move(created).value();
    }();
    return *store;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    civic::fuzz::setUp();
    civic::WheelStore& store = scratchStore();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto wheel = civic::OpenShareJson::read(bytes);
    if (!wheel)
        return 0;

    // What we write we must be able to read.
    if (!civic::OpenShareJson::read(
            civic::OpenShareJson::write(*wheel, civic::ExportOptions::everything()))) {
        std::fprintf(stderr,
                     "fuzz_open_share_json: a shared wheel written back does not read again\n");
        std::abort();
    }

    const civic::Status rolledBack = store.transaction([&]() -> civic::Status {
        auto first = civic::OpenShareJson::importInto(store, *wheel);
        auto second = civic::OpenShareJson::importInto(store, *wheel, QStringLiteral("999998"));
        (void)first;
        (void)second;
        return civic::Error{QStringLiteral("roll back")};
    });
    (void)rolledBack;
    return 0;
}
