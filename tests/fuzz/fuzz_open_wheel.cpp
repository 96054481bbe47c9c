// Fuzz target: open a wheel file made of arbitrary bytes, and read all of it
// when the store accepts it. Must never crash, hang or trip a sanitizer.
#include "FuzzSupport.h"
#include "store/WheelStore.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    civic::fuzz::setUp();
    civic::fuzz::clearScratch();
    const QString path = civic::fuzz::writeInput(QStringLiteral("input.wheel"), data, size);
    for (bool readOnly : {true, false}) {
        civic::OpenOptions options;
        options.readOnly = readOnly;
        auto store = civic::WheelStore::open(path, options);
        if (!store)
            continue;
        civic::WheelStore& s = **store;
        (void)s.counts();
        (void)s.integrityProblems();
        (void)s.loadTrust();
        (void)s.contacts();
        (void)s.contactsPastRetention(QDate(2026, 1, 1));
        (void)s.mentionsOf({QStringLiteral("a")});
    }
    return 0;
}
