#pragma once

#include "registers/RegisterPage.h"

namespace civic::ui {

class PartnersModel;

/// The Partners register, with the same selection slot and signals as the
/// wheel view so the two can follow each other.
class PartnersPage : public RegisterPage
{
    Q_OBJECT

public:
    explicit PartnersPage(QWidget* parent = nullptr);
    PartnersModel* partnersModel() const;

public Q_SLOTS:
    void selectPartner(qint64 partnerId) { selectRecord(partnerId); }

Q_SIGNALS:
    void partnerSelected(qint64 partnerId);
    void partnerActivated(qint64 partnerId);
};

} // namespace civic::ui
