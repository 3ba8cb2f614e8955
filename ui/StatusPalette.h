#pragma once

#include "core/api/JobStatus.h"

#include <QColor>
#include <QPalette>

// The colours that carry meaning (a job's status, the banner's tones, the progress words),
// made from the palette they are shown on, so they stay readable in light, dark and
// high-contrast themes alike.
class StatusPalette final {
public:
    // A tinted strip: its fill, its edge and the words on it.
    struct Tone {
        QColor background;
        QColor border;
        QColor text;
    };

    explicit StatusPalette(const QPalette &palette);

    // Readable on the view's rows, plain and alternate.
    QColor status(JobStatus status) const;
    // The palette's text, moved if needed until it reads on both kinds of row.
    QColor rowText() const;
    // Something is wrong / something worth knowing, on the window's background.
    Tone problem() const;
    Tone information() const;

private:
    Tone tone(QRgb hue) const;

    QPalette m_palette;
};
