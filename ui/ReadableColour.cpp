#include "ui/ReadableColour.h"

#include <algorithm>
#include <cmath>

namespace {

double linearChannel(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &colour, const QList<QColor> &backgrounds) {
    double worst = 21;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ReadableColour::contrastRatio(colour, background));
    return worst;
}

} // namespace

double ReadableColour::relativeLuminance(const QColor &colour) {
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double ReadableColour::contrastRatio(const QColor &first, const QColor &second) {
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ReadableColour::against(const QColor &colour, const QList<QColor> &backgrounds,
                               double minimum) {
    if (worstContrast(colour, backgrounds) >= minimum)
        return colour;
    const QColor hsl = colour.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    const auto withLightness = [&](float lightness) {
        return QColor::fromHslF(hue, saturation, lightness).toRgb();
    };
    // Darker on light backgrounds, lighter on dark ones: whichever end stands out more.
    const float end =
        worstContrast(Qt::black, backgrounds) >= worstContrast(Qt::white, backgrounds) ? 0 : 1;
    if (worstContrast(withLightness(end), backgrounds) < minimum)
        return withLightness(end);
    // Lightness moves every channel the same way, so contrast grows steadily towards the end:
    // bisect between the failing original and the passing end, keeping the passing bound.
    float failing = hsl.lightnessF();
    float passing = end;
    for (int step = 0; step < 16; ++step) {
        const float middle = (failing + passing) / 2;
        if (worstContrast(withLightness(middle), backgrounds) >= minimum)
            passing = middle;
        else
            failing = middle;
    }
    return withLightness(passing);
}
