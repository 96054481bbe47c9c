#include "document/SavePartnerCommand.h"

#include "store/WheelStore.h"

#include <QCoreApplication>

namespace civic::ui {

SavePartnerCommand::SavePartnerCommand(WheelDocument* document, Partner partner, Tie tie)
    : WheelCommand(document,
                   QCoreApplication::translate("civic", "Add partner “%1”").arg(partner.name))
    , m_adding(true)
    , m_partner(std::move(partner))
    , m_tie(std::move(tie))
{}

SavePartnerCommand::SavePartnerCommand(WheelDocument* document, Partner beforePartner,
                                       Tie beforeTie, Partner partner, Tie tie)
    : WheelCommand(document,
                   QCoreApplication::translate("civic", "Change partner “%1”").arg(partner.name))
    , m_adding(false)
    , m_partner(std::move(partner))
    , m_tie(std::move(tie))
    , m_beforePartner(std::move(beforePartner))
    , m_beforeTie(std::move(beforeTie))
{}

Status SavePartnerCommand::apply(WheelStore& store, bool forward)
{
    if (m_adding) {
        if (!forward) {
            auto removed = store.remove(EntityKind::Partner, m_partner.id);
            return removed ? Status() : Status(removed.error());
        }
        // Ids are kept after the first run so a redo recreates the same records.
        Partner partner = m_partner;
        Tie tie = m_tie;
        const Status s = store.transaction([&]() -> Status {
            auto partnerId = store.add(partner);
            if (!partnerId)
                return partnerId.error();
            partner.id = *partnerId;
            tie.partnerId = partner.id;
            auto tieId = store.add(tie);
            if (!tieId)
                return tieId.error();
            tie.id = *tieId;
            return {};
        });
        if (s) {
            m_partner = partner;
            m_tie = tie;
        }
        return s;
    }
    const Partner& partner = forward ? m_partner : m_beforePartner;
    const Tie& tie = forward ? m_tie : m_beforeTie;
    return store.transaction([&]() -> Status {
        if (auto s = store.update(partner); !s)
            return s;
        return store.update(tie);
    });
}

} // namespace civic::ui
