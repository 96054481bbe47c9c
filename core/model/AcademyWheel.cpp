#include "model/AcademyWheel.h"

#include <algorithm>

namespace civic {
namespace {

template <typename T>
const T* findById(const QVector<T>& items, qint64 id)
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [id](const T& item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

const Partner* AcademyWheel::partner(qint64 id) const
{
    return findById(partners, id);
}
const Need* AcademyWheel::need(qint64 id) const
{
    return findById(needs, id);
}
const Initiative* AcademyWheel::initiative(qint64 id) const
{
    return findById(initiatives, id);
}
const Contact* AcademyWheel::contact(qint64 id) const
{
    return findById(contacts, id);
}

const Tie* AcademyWheel::tieFor(qint64 partnerId) const
{
    const auto it = std::find_if(ties.cbegin(), ties.cend(), [partnerId](const Tie& tie) {
        return tie.partnerId == partnerId;
    });
    return it == ties.cend() ? nullptr : &*it;
}

QVector<const Contact*> AcademyWheel::contactsOf(qint64 partnerId) const
{
    QVector<const Contact*> result;
    for (const Contact& contact : contacts) {
        if (contact.partnerId == partnerId)
            result.append(&contact);
    }
    return result;
}

} // namespace civic
