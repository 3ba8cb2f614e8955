#include "ui/ProblemBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

ProblemBanner::ProblemBanner(Tone tone, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this)) {
    const bool problem = tone == Tone::Problem;
    setObjectName(problem ? QStringLiteral("problemBanner") : QStringLiteral("infoBanner"));
    setAccessibleName(problem ? tr("Problem") : tr("Information"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(problem ? QStringLiteral("QFrame { background: #fff4e5; border: 1px solid "
                                           "#f0b35b; border-radius: 4px; } QLabel { color: "
                                           "#5f3b00; border: none; }")
                          : QStringLiteral("QFrame { background: #e3f2fd; border: 1px solid "
                                           "#90caf9; border-radius: 4px; } QLabel { color: "
                                           "#0d47a1; border: none; }"));
    m_label->setObjectName(QStringLiteral("problemText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->setObjectName(QStringLiteral("problemAction"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("problemClose"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(close);
    connect(m_actionButton, &QPushButton::clicked, this, &ProblemBanner::actionTriggered);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
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
