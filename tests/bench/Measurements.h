#pragma once

// Each line (or group of lines) of the benchmark is one function here, listed
// in BenchMain.cpp's table. A feature that lands later replaces its
// Figure::notYet(...) with a measurement; see BENCHMARKS.md.

#include "BenchContext.h"
#include "Figure.h"

namespace civic::bench {

QVector<Figure> measureAcademyLoad(const BenchContext& context);
QVector<Figure> measureTrustLoad(const BenchContext& context);
QVector<Figure> measureCoverage(const BenchContext& context);
QVector<Figure> measureWheelRender(const BenchContext& context);
QVector<Figure> measureAcademyPdf(const BenchContext& context);
QVector<Figure> measureTrustPdf(const BenchContext& context);
QVector<Figure> measureCsvImport(const BenchContext& context);
QVector<Figure> measureGuiStartup(const BenchContext& context);

} // namespace civic::bench
