#include "io/CoverageJson.h"

#include <QJsonArray>

namespace civic {
namespace {

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray ids(const QVector<qint64>& values)
{
    QJsonArray array;
    for (qint64 id : values)
        array.append(id);
    return array;
}

template <typename E, std::size_t N>
QJsonObject byCode(const std::array<int, N>& counts)
{
    QJsonObject object;
    for (E value : allValues<E>()) {
        const auto index = std::size_t(value);
        if (index < N)
            object.insert(codeOf(value), counts[index]);
    }
    return object;
}

QJsonObject followUp(const TieFollowUp& f)
{
    return QJsonObject{
        {QStringLiteral("tieId"), f.tieId},
        {QStringLiteral("academyId"), f.academyId},
        {QStringLiteral("partnerId"), f.partnerId},
        {QStringLiteral("partner"), f.partnerName},
        {QStringLiteral("sector"), codeOf(f.sector)},
        {QStringLiteral("status"), codeOf(f.status)},
        {QStringLiteral("strength"), f.strength},
        {QStringLiteral("nextReview"), dateValue(f.nextReview)},
        {QStringLiteral("lastEngagement"), dateValue(f.lastEngagement)},
        {QStringLiteral("daysOverdue"), f.daysOverdue},
    };
}

QJsonObject header(const QDate& date, const QString& scope)
{
    return QJsonObject{
        {QStringLiteral("format"), CoverageJson::Format},
        {QStringLiteral("generator"), QStringLiteral("Civic Wheel " CIVIC_VERSION)},
        {QStringLiteral("date"), dateValue(date)},
        {QStringLiteral("scope"), scope},
    };
}

} // namespace

QString CoverageJson::entityCode(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Trust:
        return QStringLiteral("trust");
    case EntityKind::Academy:
        return QStringLiteral("academy");
    case EntityKind::Partner:
        return QStringLiteral("partner");
    case EntityKind::Contact:
        return QStringLiteral("contact");
    case EntityKind::Tie:
        return QStringLiteral("tie");
    case EntityKind::Need:
        return QStringLiteral("need");
    case EntityKind::Initiative:
        return QStringLiteral("initiative");
    case EntityKind::Engagement:
        return QStringLiteral("engagement");
    }
    return {};
}

QJsonObject CoverageJson::toJson(const Gap& gap)
{
    return QJsonObject{
        {QStringLiteral("kind"), gapKindCode(gap.kind)},
        {QStringLiteral("text"), gap.text},
        {QStringLiteral("detail"), gap.detail},
        {QStringLiteral("entity"),
         gap.hasRecord() ? QJsonValue(entityCode(gap.entity)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("id"), gap.hasRecord() ? QJsonValue(gap.id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("approach"),
         gap.approach ? QJsonValue(codeOf(*gap.approach)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sector"),
         gap.sector ? QJsonValue(codeOf(*gap.sector)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("academyId"), gap.academyId},
    };
}

namespace {

QJsonArray approachesArray(const Coverage& c)
{
    QJsonArray approaches;
    for (const ApproachCoverage& a : c.approaches) {
        approaches.append(QJsonObject{
            {QStringLiteral("approach"), codeOf(a.approach)},
            {QStringLiteral("name"), displayName(a.approach)},
            {QStringLiteral("initiatives"), a.initiatives},
            {QStringLiteral("active"), a.activeInitiatives},
            {QStringLiteral("planned"), a.plannedInitiatives},
            {QStringLiteral("paused"), a.pausedInitiatives},
            {QStringLiteral("ended"), a.endedInitiatives},
            {QStringLiteral("partners"), a.partners},
            {QStringLiteral("needsAddressed"), a.needsAddressed},
            {QStringLiteral("pupilsReached"), a.pupilsReached},
            {QStringLiteral("disadvantagedReached"), a.disadvantagedReached},
            {QStringLiteral("sendReached"), a.sendReached},
        });
    }
    return approaches;
}

QJsonArray needsArray(const Coverage& c)
{
    QJsonArray needs;
    for (const NeedCoverage& n : c.needs) {
        needs.append(QJsonObject{
            {QStringLiteral("id"), n.needId},
            {QStringLiteral("academyId"), n.academyId},
            {QStringLiteral("title"), n.title},
            {QStringLiteral("category"), codeOf(n.category)},
            {QStringLiteral("severity"), n.severity},
            {QStringLiteral("disadvantaged"), n.affectsDisadvantaged},
            {QStringLiteral("send"), n.affectsSend},
            {QStringLiteral("consulted"), n.consulted},
            {QStringLiteral("status"), codeOf(n.status)},
            {QStringLiteral("met"), n.met},
            {QStringLiteral("activeInitiatives"), ids(n.activeInitiativeIds)},
            {QStringLiteral("inactiveInitiatives"), ids(n.inactiveInitiativeIds)},
        });
    }
    return needs;
}

QJsonArray categoriesArray(const Coverage& c)
{
    QJsonArray categories;
    for (const CategoryNeeds& cat : c.needsByCategory) {
        categories.append(QJsonObject{
            {QStringLiteral("category"), codeOf(cat.category)},
            {QStringLiteral("name"), displayName(cat.category)},
            {QStringLiteral("met"), cat.met},
            {QStringLiteral("unmet"), cat.unmet},
        });
    }
    return categories;
}

QJsonArray sectorsArray(const Coverage& c)
{
    QJsonArray sectors;
    for (const SectorPartners& s : c.partnersBySector) {
        sectors.append(QJsonObject{
            {QStringLiteral("sector"), codeOf(s.sector)},
            {QStringLiteral("name"), displayName(s.sector)},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("paused"), s.paused},
            {QStringLiteral("prospective"), s.prospective},
            {QStringLiteral("total"), s.total()},
        });
    }
    return sectors;
}

QJsonObject summaryObject(const Coverage& c)
{
    return QJsonObject{
        {QStringLiteral("initiatives"), c.initiatives},
        {QStringLiteral("activeInitiatives"), c.activeInitiatives},
        {QStringLiteral("partnersInvolved"), c.partnersInvolved},
        {QStringLiteral("pupilsReached"), c.pupilsReached},
        {QStringLiteral("disadvantagedReached"), c.disadvantagedReached},
        {QStringLiteral("sendReached"), c.sendReached},
        {QStringLiteral("partners"), c.partners},
        {QStringLiteral("ties"), c.tiesTotal()},
        {QStringLiteral("needsMet"), c.needsMet},
        {QStringLiteral("needsUnmet"), c.needsUnmet},
        {QStringLiteral("needsClosed"), c.needsClosed},
        {QStringLiteral("needsNotConsulted"), c.needsNotConsulted},
    };
}

QJsonObject tiesObject(const Coverage& c)
{
    QJsonArray strength;
    for (int n : c.tiesByStrength)
        strength.append(n);
    return QJsonObject{
        {QStringLiteral("byStrength"), strength},
        {QStringLiteral("byStatus"), byCode<TieStatus>(c.tiesByStatus)},
        {QStringLiteral("led"), c.tiesLed},
        {QStringLiteral("supported"), c.tiesSupported},
        {QStringLiteral("byNarrative"), byCode<Narrative>(c.tiesByNarrative)},
    };
}

QJsonArray followUps(const QVector<TieFollowUp>& list)
{
    QJsonArray array;
    for (const TieFollowUp& f : list)
        array.append(followUp(f));
    return array;
}

} // namespace

QJsonObject CoverageJson::toJson(const Coverage& c)
{
    QJsonArray gaps;
    for (const Gap& g : c.gaps)
        gaps.append(toJson(g));
    return QJsonObject{
        {QStringLiteral("academy"), QJsonObject{{QStringLiteral("id"), c.academyId},
                                                {QStringLiteral("urn"), c.urn},
                                                {QStringLiteral("name"), c.academyName}}},
        {QStringLiteral("empty"), c.isEmpty()},
        {QStringLiteral("summary"), summaryObject(c)},
        {QStringLiteral("approaches"), approachesArray(c)},
        {QStringLiteral("needs"), needsArray(c)},
        {QStringLiteral("needsByCategory"), categoriesArray(c)},
        {QStringLiteral("partnersBySector"), sectorsArray(c)},
        {QStringLiteral("ties"), tiesObject(c)},
        {QStringLiteral("quietTies"), followUps(c.quietTies)},
        {QStringLiteral("overdueReviews"), followUps(c.overdueReviews)},
        {QStringLiteral("gaps"), gaps},
    };
}

QJsonObject CoverageJson::academyDocument(const Coverage& coverage)
{
    QJsonObject doc = header(coverage.today, QStringLiteral("academy"));
    doc.insert(QStringLiteral("coverage"), toJson(coverage));
    return doc;
}

QJsonObject CoverageJson::trustDocument(const TrustCoverage& coverage)
{
    QJsonObject doc = header(coverage.today, QStringLiteral("trust"));
    doc.insert(QStringLiteral("trust"), QJsonObject{{QStringLiteral("id"), coverage.trust.id},
                                                    {QStringLiteral("name"), coverage.trust.name}});
    doc.insert(QStringLiteral("totals"), toJson(coverage.totals));
    QJsonArray academies;
    for (const Coverage& academy : coverage.academies)
        academies.append(toJson(academy));
    doc.insert(QStringLiteral("academies"), academies);
    return doc;
}

} // namespace civic
