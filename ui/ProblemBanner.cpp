#include "ui/ProblemBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

ProblemBanner::ProblemBanner(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this)) {
    const bool problem = tone == Tone::Problem;
    setObjectName(problem ? QStringLiteral("problemBanner") : QStringLiteral("infoBanner"));
    setAccessibleName(problem ? tr("Problem") : tr("Information"));
    m_label->setObjectName(QStringLiteral("problemText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->setObjectName(QStringLiteral("problemAction"));
    m_closeButton->setObjectName(QStringLiteral("problemClose"));
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);
    applyTextColour();
    connect(m_actionButton, &QPushButton::clicked, this, &ProblemBanner::actionTriggered);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ProblemBanner::showProblem(const QString &text, const QString &actionText) {
    m_label->setText(text);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    show();
}

QString ProblemBanner::text() const {
    return m_label->text();
}

StatusPalette::Tone ProblemBanner::colours() const {
    const StatusPalette palette(this->palette());
    return m_tone == Tone::Problem ? palette.problem() : palette.information();
}

void ProblemBanner::applyTextColour() {
    // Only these two roles, and only on the children: every other role keeps following the
    // theme, and setting the banner's own palette would hide the one it derives from.
    const QColor text = colours().text;
    QPalette palette;
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    m_label->setPalette(palette);
    m_closeButton->setPalette(palette);
}

void ProblemBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTextColour();
}

void ProblemBanner::paintEvent(QPaintEvent *) {
    const StatusPalette::Tone tone = colours();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tone.border, 1));
    painter.setBrush(tone.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}
