#include "ui/StatusPalette.h"

#include "ui/ReadableColour.h"

namespace {

// The hues the colours start from; only their lightness gives way to the theme.
constexpr QRgb processingHue = 0xff1e88e5;
constexpr QRgb doneHue = 0xff2e7d32;
constexpr QRgb failedHue = 0xffc62828;
constexpr QRgb unknownHue = 0xff757575;
constexpr QRgb problemHue = 0xffef8a00;
constexpr QRgb informationHue = 0xff1e88e5;

QColor mix(const QColor &from, const QColor &to, double share) {
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * share),
                            float(a.greenF() + (b.greenF() - a.greenF()) * share),
                            float(a.blueF() + (b.blueF() - a.blueF()) * share));
}

} // namespace

StatusPalette::StatusPalette(const QPalette &palette)
    : m_palette(palette) {}

QColor StatusPalette::status(JobStatus status) const {
    QRgb hue = unknownHue;
    switch (status) {
    case JobStatus::Processing:
        hue = processingHue;
        break;
    case JobStatus::Done:
        hue = doneHue;
        break;
    case JobStatus::Failed:
        hue = failedHue;
        break;
    case JobStatus::Unknown:
        break;
    }
    return ReadableColour::against(
        QColor::fromRgb(hue),
        {m_palette.color(QPalette::Base), m_palette.color(QPalette::AlternateBase)});
}

QColor StatusPalette::rowText() const {
    return ReadableColour::against(
        m_palette.color(QPalette::Text),
        {m_palette.color(QPalette::Base), m_palette.color(QPalette::AlternateBase)});
}

StatusPalette::Tone StatusPalette::problem() const {
    return tone(problemHue);
}

StatusPalette::Tone StatusPalette::information() const {
    return tone(informationHue);
}

StatusPalette::Tone StatusPalette::tone(QRgb hue) const {
    const QColor window = m_palette.color(QPalette::Window);
    Tone made;
    made.background = mix(window, QColor::fromRgb(hue), 0.14);
    made.border = mix(window, QColor::fromRgb(hue), 0.55);
    // The banner's sentence is read, not glanced at: AAA's 7:1 rather than the 4.5:1 minimum.
    made.text = ReadableColour::against(QColor::fromRgb(hue), {made.background}, 7.0);
    return made;
}
