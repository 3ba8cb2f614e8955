#pragma once

#include "ui/StatusPalette.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// One strip above the table for the problem of the moment (a refused key, an unreachable
// server), with the one action that fixes it. Replaces itself rather than stacking popups.
class ProblemBanner final : public QFrame {
    Q_OBJECT
public:
    // Problem: something is wrong. Information: something worth knowing, such as demo mode.
    enum class Tone { Problem, Information };

    explicit ProblemBanner(Tone tone, QWidget *parent = nullptr);

    void showProblem(const QString &text, const QString &actionText);
    QString text() const;

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The tint follows the palette the banner is shown on, so a theme change recolours it.
    StatusPalette::Tone colours() const;
    void applyTextColour();

    Tone m_tone;
    QLabel *m_label;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
};
