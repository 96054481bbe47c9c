// Golden files for the synthetic trust generator: for a fixed spec and seed
// every table it writes, dumped as text, is the same byte for byte as the
// dump kept under tests/data/golden (the crowded preset and a small spec in
// full; the large preset, 7 MB of rows, by the SHA-256 of its dump). The
// generator draws every value from one seeded sequence, so a refactoring
// that reorders a single draw moves almost every row after it.
#include "GoldenFile.h"
#include "StoreFixtures.h"
#include "demo/SyntheticTrust.h"

#include <QCryptographicHash>

using namespace civic;
using namespace civic::test;

namespace {

QByteArray dumpOf(const SyntheticTrust::Spec& spec, quint32 seed)
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("golden.wheel"));
    {
        auto store = WheelStore::createWith(
            path, [&](WheelStore& s) { return SyntheticTrust::generate(s, spec, seed); });
        REQUIRE(store.ok());
    } // closed before it is read
    return tableDump(path).toUtf8();
}

} // namespace

TEST_CASE("The crowded preset writes the golden rows for seed 1")
{
    const QByteArray dump = dumpOf(SyntheticTrust::Spec::crowded(), 1);
    // A sanity check on the dump itself: 150 partners, each tied once.
    CHECK(dump.count("\n") > 150 + 150 + 250 + 400);
    checkGolden(QStringLiteral("synthetic-crowded-seed1.txt"), dump);
}

TEST_CASE("A small spec with shared partners writes the golden rows for seed 7")
{
    SyntheticTrust::Spec spec;
    spec.trustName = QStringLiteral("Golden Test Trust");
    spec.academies = 3;
    spec.partners = 30;
    spec.sharedPartners = 2;
    spec.ties = 45;
    spec.needs = 9;
    spec.initiatives = 12;
    spec.engagements = 30;
    spec.contacts = 40;
    spec.today = QDate(2024, 1, 15);
    checkGolden(QStringLiteral("synthetic-small-seed7.txt"), dumpOf(spec, 7));
}

TEST_CASE("The large preset writes the golden rows for seed 1")
{
    const QByteArray dump = dumpOf(SyntheticTrust::Spec::large(), 1);
    const QByteArray sha = QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex();
    checkGolden(QStringLiteral("synthetic-large-seed1.sha256"), sha + '\n');
}
