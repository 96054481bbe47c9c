#pragma once

#include "document/WheelCommand.h"
#include "model/Partner.h"
#include "model/Tie.h"

#include <optional>

namespace civic::ui {

/// Adds a partner with its tie to the academy, or changes both, as one step
/// and one transaction: a partner never appears on the wheel without its tie.
class SavePartnerCommand : public WheelCommand
{
public:
    /// Adds `partner` (id 0) tied to the academy by `tie`.
    SavePartnerCommand(WheelDocument* document, Partner partner, Tie tie);
    /// Changes a partner and its tie.
    SavePartnerCommand(WheelDocument* document, Partner beforePartner, Tie beforeTie,
                       Partner partner, Tie tie);

    qint64 partnerId() const { return m_partner.id; }

protected:
    Status apply(WheelStore& store, bool forward) override;

private:
    bool m_adding;
    Partner m_partner;
    Tie m_tie;
    Partner m_beforePartner;
    Tie m_beforeTie;
};

} // namespace civic::ui
