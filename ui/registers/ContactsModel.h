#pragma once

#include "registers/RegisterModel.h"

namespace civic::ui {

/// The people recorded at one partner.
class ContactsModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Role,
        Email,
        Phone,
        RetainUntil,
        ColumnCount
    };
    using RegisterModel::RegisterModel;
    void setPartner(qint64 partnerId) { m_partnerId = partnerId; }

protected:
    void rebuild() override { m_contacts = wheel().contactsOf(m_partnerId); }
    int recordCount() const override { return int(m_contacts.size()); }
    qint64 recordId(int row) const override { return m_contacts.at(row)->id; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    qint64 m_partnerId = 0;
    QVector<const Contact*> m_contacts;
};

} // namespace civic::ui
