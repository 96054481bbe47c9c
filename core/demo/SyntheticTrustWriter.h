#pragma once

#include "demo/SyntheticRandom.h"
#include "demo/SyntheticTrust.h"
#include "model/AcademyWheel.h"

#include <QPair>
#include <QSet>
#include <QVector>

namespace civic {

/// Writes one synthetic trust, one kind of record after another, each drawn
/// from the same seeded sequence (see SyntheticTrust::generate). The order of
/// the draws is the file: the same spec and seed must always write the same
/// rows, so a step may only be changed together with the golden files.
class SyntheticTrustWriter
{
public:
    SyntheticTrustWriter(WheelStore& store, const SyntheticTrust::Spec& spec, quint32 seed);

    /// Every record, in the caller's transaction.
    Status write();

private:
    Result<qint64> addTrust();
    Status addAcademies(qint64 trustId);
    Academy academy(int index, const QString& place, qint64 trustId);
    Status addPartners();
    Partner partner(int index, QSet<QString>& usedNames);
    Status addTies();
    /// Ties academy `a` to partner `p` (indexes), remembering the pair.
    void tie(int a, int p);
    /// Local partners shared with other academies until the spec's count of ties is met.
    void shareLocalPartners();
    void indexTies();
    Status addContacts();
    Status addNeeds();
    Status addInitiatives();
    Initiative initiative(int index);
    /// Partners tied to academy `a` and needs of it, as many as the approach takes.
    void link(Initiative& initiative, int a);
    Status addEngagements();

    WheelStore& m_store;
    const SyntheticTrust::Spec& m_spec;
    const quint32 m_seed;
    SyntheticRandom m_random;
    const QDate m_today;
    const QString m_region;

    QVector<qint64> m_academyIds;
    QStringList m_academyPlaces;
    QStringList m_headteachers;
    QVector<Partner> m_partners;
    QVector<Tie> m_ties;
    QSet<QPair<int, int>> m_tied;                 // (academy index, partner index)
    QVector<QVector<int>> m_partnersOfAcademy;    // partner indexes
    QVector<QVector<qint64>> m_contactsOfPartner; // contact ids by partner index
    QVector<QVector<qint64>> m_needsOfAcademy;    // need ids by academy index
};

} // namespace civic
