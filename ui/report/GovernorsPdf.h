#pragma once

#include "model/AcademyWheel.h"
#include "report/GovernorsReport.h"
#include "report/ReportRenderer.h"

#include <memory>

namespace civic::ui {

/// The governors' summary as pages: the report's content (GovernorsReport)
/// with the wheel and the coverage charts painted in. The renderer it returns
/// owns copies of what it draws, so it can be written on a worker thread.
class GovernorsPdf
{
public:
    static std::unique_ptr<ReportRenderer> forAcademy(const AcademyWheel& wheel,
                                                      const GovernorsReport::Options& options);
    static std::unique_ptr<ReportRenderer> forTrust(const TrustWheels& trust,
                                                    const GovernorsReport::Options& options);
};

} // namespace civic::ui
