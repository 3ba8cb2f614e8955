#pragma once

#include <QColor>
#include <QList>

// WCAG 2.x contrast, and a colour moved just far enough in lightness to be read on the given
// backgrounds: the hue stays recognisable while the theme decides light or dark.
class ReadableColour final {
public:
    // WCAG's minimum for normal text (level AA).
    static constexpr double textContrast = 4.5;

    static double relativeLuminance(const QColor &colour);
    // 1 (none) to 21 (black on white), whichever colour is lighter.
    static double contrastRatio(const QColor &first, const QColor &second);
    // The colour with the least change of lightness (hue and saturation kept) whose contrast
    // against every background reaches minimum; the most contrasting one when none does.
    static QColor against(const QColor &colour, const QList<QColor> &backgrounds,
                          double minimum = textContrast);
};
