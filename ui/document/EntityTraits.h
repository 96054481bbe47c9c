#pragma once

#include "model/AcademyWheel.h"
#include "model/EntityKind.h"

#include <QCoreApplication>

namespace civic::ui {

/// What the generic undo commands need to know about each record type, in
/// the manner of Tiled's property-change traits: its kind and how to name one.
template <typename T>
struct EntityTraits;

template <>
struct EntityTraits<Academy>
{
    static constexpr EntityKind kind = EntityKind::Academy;
    static QString label(const Academy& a) { return a.name; }
};
template <>
struct EntityTraits<Partner>
{
    static constexpr EntityKind kind = EntityKind::Partner;
    static QString label(const Partner& p) { return p.name; }
};
template <>
struct EntityTraits<Contact>
{
    static constexpr EntityKind kind = EntityKind::Contact;
    static QString label(const Contact& c) { return c.name; }
};
template <>
struct EntityTraits<Tie>
{
    static constexpr EntityKind kind = EntityKind::Tie;
    static QString label(const Tie&) { return QCoreApplication::translate("civic", "tie"); }
};
template <>
struct EntityTraits<Need>
{
    static constexpr EntityKind kind = EntityKind::Need;
    static QString label(const Need& n) { return n.title; }
};
template <>
struct EntityTraits<Initiative>
{
    static constexpr EntityKind kind = EntityKind::Initiative;
    static QString label(const Initiative& i) { return i.title; }
};
template <>
struct EntityTraits<Engagement>
{
    static constexpr EntityKind kind = EntityKind::Engagement;
    static QString label(const Engagement& e) { return e.summary; }
};

} // namespace civic::ui
