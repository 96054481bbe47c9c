#pragma once

#include "model/AcademyWheel.h"
#include "model/Result.h"

#include <QByteArray>

namespace civic {

/// The wheel as a network for Gephi, yEd, NetworkX and other tools: the
/// academy, its partners, initiatives and needs as nodes; ties (academy →
/// partner) and links (initiative → partner, initiative → need) as edges.
/// Organisations and work only: no contacts, staff names or notes.
class GraphMlExporter
{
public:
    static QByteArray write(const AcademyWheel& wheel);
    static Status exportTo(const QString& path, const AcademyWheel& wheel);
};

} // namespace civic
