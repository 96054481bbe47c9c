#include "demo/SyntheticTrust.h"

#include "demo/SyntheticTrustWriter.h"
#include "store/WheelStore.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyntheticTrust", text);
}

} // namespace

SyntheticTrust::Spec SyntheticTrust::Spec::large()
{
    Spec spec;
    spec.trustName = QStringLiteral("Dale Valley Schools Partnership Trust");
    spec.academies = 40;
    spec.partners = 6000;
    spec.sharedPartners = 12;
    spec.ties = 8000;
    spec.needs = 3000;
    spec.initiatives = 6000;
    spec.engagements = 20000;
    spec.contacts = 10000;
    spec.today = QDate(2025, 9, 1);
    return spec;
}

SyntheticTrust::Spec SyntheticTrust::Spec::crowded()
{
    Spec spec;
    spec.trustName = QStringLiteral("Northvale Crowded Wheel Trust");
    spec.academies = 1;
    spec.partners = 150;
    spec.sharedPartners = 0;
    spec.ties = 150;
    spec.needs = 30;
    spec.initiatives = 60;
    spec.engagements = 400;
    spec.contacts = 250;
    spec.today = QDate(2025, 9, 1);
    return spec;
}

std::optional<SyntheticTrust::Spec> SyntheticTrust::Spec::preset(const QString& name)
{
    if (name == QLatin1String("large"))
        return large();
    if (name == QLatin1String("crowded"))
        return crowded();
    return std::nullopt;
}

QStringList SyntheticTrust::Spec::presetNames()
{
    return {QStringLiteral("large"), QStringLiteral("crowded")};
}

SyntheticTrust::Spec SyntheticTrust::Spec::scaled(int factor) const
{
    Q_ASSERT(factor >= 1 && factor <= MaxScale);
    Spec spec = *this;
    for (int* count : {&spec.academies, &spec.partners, &spec.ties, &spec.needs, &spec.initiatives,
                       &spec.engagements, &spec.contacts})
        *count *= factor;
    return spec;
}

QString SyntheticTrust::checkSpec(const Spec& spec)
{
    if (spec.academies < 1 || spec.academies > 89999)
        return tr("A synthetic trust needs between 1 and 89,999 academies.");
    if (spec.partners < 0 || spec.ties < 0 || spec.needs < 0 || spec.initiatives < 0 ||
        spec.engagements < 0 || spec.contacts < 0 || spec.sharedPartners < 0)
        return tr("A synthetic trust cannot hold a negative number of records.");
    if (spec.sharedPartners > spec.partners)
        return tr("More partners are to be shared than there are partners.");
    if (spec.ties < spec.partners)
        return tr("Every partner needs a tie, so there must be at least as many ties as partners.");
    if (qint64(spec.ties) > qint64(spec.academies) * spec.partners)
        return tr("There cannot be more ties than academies × partners.");
    if ((spec.engagements > 0 || spec.initiatives > 0) && spec.ties == 0)
        return tr("Initiatives and engagements need partners tied to an academy.");
    if (spec.contacts > 0 && spec.partners == 0)
        return tr("Contacts need partners to work for.");
    if (!spec.today.isValid())
        return tr("A synthetic trust needs a fixed “today” to date its records from.");
    return {};
}

Status SyntheticTrust::generate(WheelStore& store, const Spec& spec, quint32 seed)
{
    if (const QString problem = checkSpec(spec); !problem.isEmpty())
        return Error{problem};
    SyntheticTrustWriter writer(store, spec, seed);
    return store.transaction([&]() -> Status { return writer.write(); });
}

} // namespace civic
